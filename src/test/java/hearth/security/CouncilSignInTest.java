package hearth.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.support.CleanDatabaseOnce;
import hearth.support.TestClockConfig;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.web.servlet.MockMvc;

/** With a council identity provider configured, sign-in offers it and maps its users to Hearth accounts. */
@SpringBootTest(properties = {
        "spring.security.oauth2.client.registration.council.client-id=hearth-test",
        "spring.security.oauth2.client.registration.council.client-secret=not-a-real-secret-123",
        "spring.security.oauth2.client.registration.council.scope=openid,profile,email",
        "spring.security.oauth2.client.registration.council.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.council.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.council.authorization-uri=https://idp.council.example/authorize",
        "spring.security.oauth2.client.provider.council.token-uri=https://idp.council.example/token",
        "spring.security.oauth2.client.provider.council.jwk-set-uri=https://idp.council.example/keys",
        "spring.security.oauth2.client.provider.council.user-name-attribute=preferred_username"})
@AutoConfigureMockMvc
@Import({TestClockConfig.class, CleanDatabaseOnce.class})
class CouncilSignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CouncilOidcUserService oidcUsers;
    @Autowired
    Accounts accounts;

    @Test
    void theSignInPageOffersTheCouncilAccountAndSendsPeopleToTheProvider() throws Exception {
        mvc.perform(get("/sign-in")).andExpect(content().string(Matchers.containsString("/oauth2/authorization/council")));
        mvc.perform(get("/oauth2/authorization/council")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.startsWith("https://idp.council.example/authorize")))
                .andExpect(header().string("Location", Matchers.containsString("client_id=hearth-test")));
    }

    @Test
    void aProviderUserSignsInAsTheHearthAccountOfTheSameUsernameWithItsRole() {
        accounts.ensure("oidc.worker", "Olu Idowu", Role.SOCIAL_WORKER, null, false);
        OidcUser signedIn = oidcUsers.accountFor(providerUser("OIDC.Worker", "olu@council.example"));
        assertThat(signedIn).isInstanceOf(HearthUser.class);
        assertThat(((HearthUser) signedIn).role()).isEqualTo(Role.SOCIAL_WORKER);
        assertThat(signedIn.getName()).isEqualTo("oidc.worker");
    }

    @Test
    void aProviderUserWithoutAHearthAccountIsRefusedWithAClearReason() {
        assertThatThrownBy(() -> oidcUsers.accountFor(providerUser("stranger", "stranger@elsewhere.example")))
                .isInstanceOf(OAuth2AuthenticationException.class).hasMessageContaining("no Hearth account");
    }

    private static OidcUser providerUser(String username, String email) {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", username, "preferred_username", username, "email", email));
        return new DefaultOidcUser(List.of(), token, "preferred_username");
    }
}
