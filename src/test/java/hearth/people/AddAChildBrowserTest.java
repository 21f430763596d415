package hearth.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import hearth.security.Role;
import hearth.support.BrowserTest;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@HearthTest
class AddAChildBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    Fixtures fx;
    String worker;

    @BeforeEach
    void aWorker() {
        fx = new Fixtures(context);
        worker = fx.user(Role.SOCIAL_WORKER, fx.team(fx.service(), null));
    }

    @Test
    void addingAChildWithTheSameNameAndBirthdayShowsTheLikelyDuplicatesFirst() {
        String surname = fx.name("Twin");
        PersonSummary existing = fx.child("Alex", surname, LocalDate.of(2018, 3, 27));
        signIn(worker, Fixtures.PASSWORD);
        visit("/people/search");
        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a child").setExact(true)));

        assertThat(heading()).hasText("Add a child");
        follow(save());
        assertThat(page()).hasTitle(Pattern.compile("^Error: Add a child"));
        Locator summary = page().locator(".govuk-error-summary");
        assertThat(summary).isFocused();
        assertThat(summary.getByRole(AriaRole.LINK)).containsText(new String[] {
                "Enter a first name", "Enter a last name", "Enter a date of birth", "Select the sex"});
        summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Enter a date of birth"))).click();
        Locator dob = page().getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Date of birth").setExact(true));
        assertThat(dob.getByLabel("Day")).isFocused();
        assertThat(dob).hasAttribute("aria-describedby", Pattern.compile("\\bdob-error\\b"));
        summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Select the sex")).click();
        assertThat(page().getByLabel("Male", new Page.GetByLabelOptions().setExact(true))).isFocused();

        page().getByLabel("First name", new Page.GetByLabelOptions().setExact(true)).fill("Alex");
        page().getByLabel("Last name", new Page.GetByLabelOptions().setExact(true)).fill(surname);
        dob.getByLabel("Day").fill("27");
        dob.getByLabel("Month").fill("3");
        dob.getByLabel("Year").fill("2018");
        page().getByLabel("Male", new Page.GetByLabelOptions().setExact(true)).check();
        follow(save());

        assertThat(page()).hasURL(baseUrl() + "/people/new");
        assertThat(page().locator(".govuk-warning-text"))
                .containsText("Check these records first: they may be the same person.");
        assertThat(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Alex " + surname + ", 27 Mar 2018 (" + existing.laChildId() + ")")))
                .hasAttribute("href", "/people/" + existing.id());
        assertThat(page().getByLabel("Last name", new Page.GetByLabelOptions().setExact(true))).hasValue(surname);
        assertThat(page().getByLabel("Male", new Page.GetByLabelOptions().setExact(true))).isChecked();

        page().getByLabel("None of these is the person: add a new record").check();
        follow(save());

        assertThat(page()).hasURL(Pattern.compile("/people/[0-9a-f-]{36}$"));
        UUID created = UUID.fromString(currentPath().substring("/people/".length()));
        assertThat(page()).not().hasURL(Pattern.compile(existing.id().toString()));
        assertThat(page().locator(".govuk-notification-banner--success")).containsText("Alex " + surname + " has been added");
        assertThat(heading()).hasText("Alex " + surname);
        assertThat(page().locator(".govuk-caption-l")).not().hasText("Child " + existing.laChildId());
        assertThat(page().locator(".govuk-summary-list__row").filter(new Locator.FilterOptions().setHasText("Sex")))
                .containsText("Male");
        org.assertj.core.api.Assertions.assertThat(created).isNotEqualTo(existing.id());
    }

    private Locator heading() {
        return page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private Locator save() {
        return page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true));
    }
}
