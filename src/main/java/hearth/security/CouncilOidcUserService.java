package hearth.security;

import java.time.Clock;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs in through the council's identity provider (Entra ID, Keycloak): the provider proves who the
 * person is; the Hearth account of the same username or email says what they may do.
 */
@Component
class CouncilOidcUserService extends OidcUserService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    CouncilOidcUserService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        return accountFor(super.loadUser(request));
    }

    /** The Hearth account this identity-provider user signs in as, or a refusal saying there is none. */
    @Transactional
    public OidcUser accountFor(OidcUser oidc) {
        String username = oidc.getPreferredUsername();
        UserAccount account = (username == null ? java.util.Optional.<UserAccount>empty()
                : accounts.findByUsername(UserAccount.normalise(username)))
                .or(() -> oidc.getEmail() == null ? java.util.Optional.empty() : accounts.findByEmailIgnoreCase(oidc.getEmail()))
                .filter(UserAccount::isEnabled)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("no_hearth_account",
                        "There is no Hearth account for this sign-in. Ask your administrator.", null)));
        account.recordSignIn();
        return new HearthOidcUser(account.toUser(clock.instant()), oidc);
    }
}
