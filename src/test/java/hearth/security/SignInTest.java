package hearth.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@HearthTest
class SignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    MutableClock clock;

    Fixtures fx;
    String username;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(context);
        username = fx.user(Role.SOCIAL_WORKER, null);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theRightPasswordSignsInWhateverTheCaseOfTheUsername() throws Exception {
        mvc.perform(formLogin("/sign-in").user(username.toUpperCase()).password(Fixtures.PASSWORD))
                .andExpect(authenticated().withUsername(username)).andExpect(redirectedUrl("/"));
    }

    @Test
    void passwordsAreStoredAsModernHashesNeverAsTyped() {
        assertThat(accounts.find(username)).isPresent();
        var hash = context.getBean(UserAccountRepository.class).findByUsername(username).orElseThrow();
        assertThat(hash).extracting("passwordHash").asString().startsWith("{bcrypt}").doesNotContain(Fixtures.PASSWORD);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/sign-in").user(username).password("wrong")).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/sign-in").user(username).password(Fixtures.PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/sign-in?error"));
        assertThat(accounts.find(username).orElseThrow().getLockedUntil()).isNotNull();
        clock.advance(Duration.ofMinutes(16));
        mvc.perform(formLogin("/sign-in").user(username).password(Fixtures.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aStrangerIsSentToSignInAndTheApiAnswers401() throws Exception {
        mvc.perform(get("/people/search")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/sign-in")));
        mvc.perform(get("/api/v1/calendar/working-days/add")).andExpect(status().isUnauthorized());
    }

    @Test
    void pagesCarrySecurityHeadersAndANoncedContentSecurityPolicy() throws Exception {
        mvc.perform(get("/sign-in")).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self' 'nonce-")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }
}
