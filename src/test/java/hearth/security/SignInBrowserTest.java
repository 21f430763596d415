package hearth.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import hearth.support.BrowserTest;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HearthTest
class SignInBrowserTest extends BrowserTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String BAD_CREDENTIALS = "Enter a correct username and password";
    private static final String LOCKED = "This account is locked for 15 minutes";

    @Autowired
    Accounts accounts;
    @Autowired
    MutableClock clock;

    private String username;
    private String displayName;

    @BeforeEach
    void anAccountOfItsOwn() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        username = "browser.signin." + suffix;
        displayName = "Robin Browser " + suffix;
        accounts.ensure(username, displayName, Role.SOCIAL_WORKER, PASSWORD, true);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aUserSignsInAndSeesTheHomePageWithTheirNameAndTheDemoBanner() {
        signIn(username, PASSWORD);

        assertThat(page()).hasURL(baseUrl() + "/");
        assertThat(page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome, " + displayName);
        assertThat(page().locator("header")).containsText(displayName);
        assertThat(page().locator("header")).containsText("Social worker");
        assertThat(page().locator(".hearth-demo-banner"))
                .containsText("This is a demonstration of Hearth filled with invented children and families");
    }

    @Test
    void aWrongPasswordShowsTheErrorSummaryLinkingToTheUsernameAndKeepsTheUsername() {
        attemptSignIn(username, "not the password");

        assertThat(page()).hasURL(Pattern.compile("/sign-in\\?error$"));
        Locator summary = page().locator(".govuk-error-summary");
        assertThat(summary).containsText("There is a problem");
        Locator link = summary.getByRole(AriaRole.LINK);
        assertThat(link).hasAttribute("href", "#username");
        assertThat(link).containsText(BAD_CREDENTIALS);
        assertThat(summary).isFocused();
        assertThat(page().locator("#username-error")).containsText(BAD_CREDENTIALS);
        assertThat(page().getByLabel("Username", new Page.GetByLabelOptions().setExact(true))).hasValue(username);
        assertThat(page().getByLabel("Password", new Page.GetByLabelOptions().setExact(true))).isEmpty();

        link.click();
        assertThat(page().getByLabel("Username", new Page.GetByLabelOptions().setExact(true))).isFocused();
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountSoEvenTheRightPasswordIsRefused() {
        failToSignInFiveTimes();

        attemptSignIn(username, PASSWORD);

        assertThat(page()).hasURL(Pattern.compile("/sign-in\\?error$"));
        assertThat(page().locator(".govuk-error-summary").getByRole(AriaRole.LINK)).containsText(LOCKED);
        assertThat(page().getByLabel("Username", new Page.GetByLabelOptions().setExact(true))).hasValue(username);
        visit("/");
        assertThat(page()).hasURL(baseUrl() + "/sign-in");
    }

    @Test
    void theLockLastsFifteenMinutes() {
        failToSignInFiveTimes();

        clock.advance(Duration.ofMinutes(14));
        attemptSignIn(username, PASSWORD);
        assertThat(page().locator(".govuk-error-summary").getByRole(AriaRole.LINK)).containsText(LOCKED);

        clock.advance(Duration.ofMinutes(2));
        signIn(username, PASSWORD);
        assertThat(page()).hasURL(baseUrl() + "/");
    }

    @Test
    void signingOutShowsTheSignedOutPageAndEndsTheSession() {
        signIn(username, PASSWORD);

        follow(page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out").setExact(true)));

        assertThat(page()).hasURL(baseUrl() + "/signed-out");
        assertThat(page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("You have signed out");
        assertThat(page().locator("header")).not().containsText(displayName);
        visit("/");
        assertThat(page()).hasURL(baseUrl() + "/sign-in");
    }

    @Test
    void aStrangerGoingToTheHomePageIsSentToSignIn() {
        visit("/");

        assertThat(page()).hasURL(baseUrl() + "/sign-in");
        assertThat(page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Sign in to Hearth");
        assertThat(page().locator(".govuk-error-summary")).hasCount(0);
    }

    private void failToSignInFiveTimes() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            attemptSignIn(username, "wrong password " + attempt);
            assertThat(page().locator(".govuk-error-summary").getByRole(AriaRole.LINK)).containsText(BAD_CREDENTIALS);
        }
    }
}
