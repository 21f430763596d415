package hearth.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import hearth.security.Role;
import hearth.support.Accessibility;
import hearth.support.BrowserTest;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Two workers change the same child's details at once: the second is told, and keeps what they typed. */
@HearthTest
class ConflictingEditBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    Fixtures fx;
    String first;
    String second;
    PersonSummary child;

    /** The other worker's browser: a context of its own, so its own session. */
    BrowserContext otherContext;
    Page other;
    final List<String> otherProblems = new ArrayList<>();

    @BeforeEach
    void twoWorkersInTheChildsTeam() {
        fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        first = fx.user(Role.SOCIAL_WORKER, team);
        second = fx.user(Role.SOCIAL_WORKER, team);
        child = fx.child("Kai", fx.name("Conflict"), LocalDate.of(2016, 11, 30));
        fx.allocate(child.id(), team, first);
    }

    @AfterEach
    void closeTheOtherBrowser() {
        if (otherContext != null) {
            otherContext.close();
        }
    }

    @Test
    void theSecondToSaveSeesTheOtherChangeKeepsTheirValuesAndCanSaveAgain() {
        openOtherBrowser();
        otherSignsInAndOpensTheForm(first);

        signIn(second, Fixtures.PASSWORD);
        visit("/children/" + child.id());
        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change details").setExact(true)));
        Locator language = page().getByLabel("First language (optional)");
        Locator religion = page().getByLabel("Religion (optional)");
        language.fill("Urdu");
        religion.fill("Muslim");

        other.getByLabel("First language (optional)").fill("Polish");
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        other.waitForURL(baseUrl() + "/people/" + child.id());
        otherChecksAccessibility();
        assertThat(other.locator(".govuk-notification-banner--success")).containsText("The details have been saved");

        follow(save());

        assertThat(page()).hasURL(baseUrl() + "/people/" + child.id() + "/edit");
        assertThat(page()).hasTitle(Pattern.compile("^Error: Change details"));
        Locator conflict = page().locator(".govuk-error-summary");
        assertThat(conflict).isFocused();
        assertThat(conflict).containsText("Someone else changed this record while you were working on it");
        assertThat(conflict).containsText("Your changes have not been saved and are still in the form below");
        assertThat(conflict.getByRole(AriaRole.LISTITEM))
                .containsText(new String[] {first + " changed First language from \"English\" to \"Polish\""});
        assertThat(language).hasValue("Urdu");
        assertThat(religion).hasValue("Muslim");
        assertThat(page().getByLabel("First name")).hasValue("Kai");

        follow(save());

        assertThat(page()).hasURL(baseUrl() + "/people/" + child.id());
        assertThat(page().locator(".govuk-notification-banner--success")).containsText("The details have been saved");
        assertThat(summaryRow("First language")).containsText("Urdu");
        assertThat(summaryRow("Religion")).containsText("Muslim");
        if (!otherProblems.isEmpty()) {
            throw new AssertionError("Problems in the other browser:\n- " + String.join("\n- ", otherProblems));
        }
    }

    private Locator save() {
        return page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true));
    }

    private Locator summaryRow(String key) {
        return page().locator(".govuk-summary-list__row").filter(new Locator.FilterOptions().setHas(
                page().locator(".govuk-summary-list__key").getByText(key, new Locator.GetByTextOptions().setExact(true))));
    }

    private void openOtherBrowser() {
        Browser browser = page().context().browser();
        otherContext = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl()).setLocale("en-GB").setTimezoneId("Europe/London").setViewportSize(1280, 900));
        otherContext.setDefaultTimeout(15_000);
        other = otherContext.newPage();
        other.onPageError(error -> otherProblems.add("script error on " + other.url() + ": " + error));
        other.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                otherProblems.add("console error on " + other.url() + ": " + message.text());
            }
        });
    }

    private void otherSignsInAndOpensTheForm(String username) {
        other.navigate("/sign-in");
        otherChecksAccessibility();
        other.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        other.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(Fixtures.PASSWORD);
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        other.waitForURL(baseUrl() + "/");
        otherChecksAccessibility();
        other.navigate("/people/" + child.id() + "/edit");
        otherChecksAccessibility();
        assertThat(other.getByLabel("First language (optional)")).hasValue("English");
    }

    private void otherChecksAccessibility() {
        other.waitForLoadState();
        Accessibility.assertAccessible(other);
    }
}
