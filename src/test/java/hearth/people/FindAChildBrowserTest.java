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
class FindAChildBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    Fixtures fx;
    UUID team;
    String worker;

    @BeforeEach
    void aWorkerInATeam() {
        fx = new Fixtures(context);
        team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
    }

    @Test
    void aWorkerFindsAChildFromAMisspeltSurnameAndOpensTheirRecord() {
        String firstName = fx.name("Ari");
        PersonSummary child = fx.child(firstName, "Smith", LocalDate.of(2015, 4, 3));
        fx.allocate(child.id(), team, worker);
        signIn(worker, Fixtures.PASSWORD);

        follow(page().getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Find a child").setExact(true)));
        assertThat(heading()).hasText("Find a child or adult");
        page().getByLabel("Name, date of birth or identifier").fill(firstName + " Smyth");
        follow(searchButton());

        assertThat(page().locator("main").getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2)))
                .hasText(Pattern.compile("^\\d+ results?$"));
        Locator row = page().getByRole(AriaRole.TABLE).getByRole(AriaRole.ROW).filter(
                new Locator.FilterOptions().setHasText(child.laChildId()));
        assertThat(row).containsText(firstName + " Smith");
        assertThat(row).containsText("3 Apr 2015");
        assertThat(row).containsText("Female");

        follow(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(firstName + " Smith")));
        assertThat(page()).hasURL(baseUrl() + "/people/" + child.id());
        assertThat(heading()).hasText(firstName + " Smith");
        assertThat(page().locator(".govuk-caption-l")).hasText("Child " + child.laChildId());
    }

    @Test
    void anImpossibleDateOfBirthShowsTheErrorSummaryLinkingToTheSearchBox() {
        signIn(worker, Fixtures.PASSWORD);
        visit("/people/search");

        Locator searchBox = page().getByLabel("Name, date of birth or identifier");
        searchBox.fill("Smith 31/02/2015");
        follow(searchButton());

        assertThat(page()).hasTitle(Pattern.compile("^Error: Find a child or adult"));
        Locator summary = page().locator(".govuk-error-summary");
        assertThat(summary).containsText("There is a problem");
        assertThat(summary).isFocused();
        Locator link = summary.getByRole(AriaRole.LINK);
        assertThat(link).hasText("Enter a real date of birth, for example 27/3/2015");
        assertThat(link).hasAttribute("href", "#q");
        assertThat(page().locator("#q-error")).containsText("Enter a real date of birth");
        assertThat(searchBox).hasValue("Smith 31/02/2015");
        assertThat(searchBox).hasAttribute("aria-describedby", Pattern.compile("\\bq-error\\b"));
        assertThat(page().getByRole(AriaRole.TABLE)).hasCount(0);

        link.click();
        assertThat(searchBox).isFocused();
    }

    private Locator heading() {
        return page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private Locator searchButton() {
        return page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true));
    }
}
