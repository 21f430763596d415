package hearth.security;

import java.io.Serial;
import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A Hearth user who signed in through the council's identity provider. */
class HearthOidcUser extends HearthUser implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcUser oidc;

    HearthOidcUser(HearthUser user, OidcUser oidc) {
        super(user.accountId(), user.getUsername(), user.displayName(), user.role(), null, false, user.isEnabled());
        this.oidc = oidc;
    }

    @Override
    public Map<String, Object> getClaims() {
        return oidc.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return oidc.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return oidc.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return oidc.getAttributes();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
