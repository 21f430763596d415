package hearth.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import hearth.security.Role;
import hearth.support.BrowserTest;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.workforce.TeamView;
import hearth.workforce.Workforce;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@HearthTest
class ChildRecordBrowserTest extends BrowserTest {

    private static final LocalDate BORN = LocalDate.of(2014, 2, 3);

    @Autowired
    ApplicationContext context;
    @Autowired
    People people;
    @Autowired
    Workforce workforce;
    @Autowired
    Clock clock;

    Fixtures fx;
    String manager;
    String worker;
    String workerName;
    String teamName;
    PersonSummary child;
    PersonSummary mother;

    @BeforeEach
    void aChildAllocatedToAWorkerWithAFamilyAnAddressAndAGp() {
        fx = new Fixtures(context);
        manager = fx.unique("team_manager");
        UUID team = fx.team(fx.service(), manager);
        fx.user(manager, "Manager " + fx.name("M"), Role.TEAM_MANAGER, team);
        workerName = "Sam " + fx.name("Worker");
        worker = fx.user(fx.unique("social_worker"), workerName, Role.SOCIAL_WORKER, team);
        teamName = workforce.team(team).map(TeamView::name).orElseThrow();

        String surname = fx.name("Record");
        child = fx.child("Rowan", surname, BORN);
        fx.allocate(child.id(), team, worker);
        mother = fx.adult("Jo", surname, LocalDate.of(1988, 5, 17));
        people.relate(mother.id(), child.id(), RelationshipType.MOTHER, true, true, BORN);
        people.moveTo(child.id(), new NewAddress("12 Acacia Avenue", null, "Reading", "RG1 2LU", LocalDate.of(2020, 6, 1)));
        people.addProfessional(child.id(), ProfessionalRole.GP, "Dr Ada Patel", "Abbey Surgery", "0118 496 0000",
                LocalDate.of(2020, 6, 1));
    }

    @Test
    void aWorkerReadsTheRecordChangesTheFirstLanguageAndSeesTheChangeInTheHistory() {
        signIn(worker, Fixtures.PASSWORD);
        visit("/children/" + child.id());

        String name = "Rowan " + child.lastName();
        assertThat(heading()).hasText(name);
        assertThat(page().locator(".govuk-caption-l")).hasText("Child " + child.laChildId());
        int age = Period.between(BORN, LocalDate.now(clock)).getYears();
        assertThat(row("Date of birth")).containsText("3 February 2014 (age " + age + ")");
        assertThat(row("First language")).containsText("English");

        Locator allocation = page().locator(".govuk-summary-card").filter(new Locator.FilterOptions().setHas(
                page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Allocation"))));
        assertThat(allocation.locator(row("Team"))).containsText(teamName);
        assertThat(allocation.locator(row("Worker"))).containsText(workerName);

        Locator family = page().getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Family and household"));
        Locator motherRow = family.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Jo " + child.lastName()));
        assertThat(motherRow.getByRole(AriaRole.CELL)).containsText(new String[] {"Jo " + child.lastName(), "Mother", "Yes"});
        assertThat(page().locator("main")).containsText("12 Acacia Avenue, Reading RG1 2LU");
        assertThat(row("GP")).containsText("Dr Ada Patel, Abbey Surgery (0118 496 0000)");

        assertThat(link("Who has viewed this record")).hasCount(0);

        follow(link("Change details"));
        assertThat(heading()).hasText("Change details");
        Locator language = page().getByLabel("First language (optional)");
        assertThat(language).hasValue("English");
        language.fill("Polish");
        follow(page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)));

        assertThat(page()).hasURL(baseUrl() + "/people/" + child.id());
        assertThat(page().locator(".govuk-notification-banner--success")).containsText("The details have been saved");
        assertThat(row("First language")).containsText("Polish");

        follow(link("Changes to this record"));
        assertThat(heading()).hasText("Changes to this record");
        Locator latest = page().locator(".govuk-summary-card").first();
        assertThat(latest.getByRole(AriaRole.HEADING)).containsText("Changed - " + worker);
        assertThat(latest.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("First language"))
                .getByRole(AriaRole.CELL)).containsText(new String[] {"First language", "English", "Polish"});
    }

    @Test
    void theTeamManagerSeesThatTheWorkerViewedTheRecord() {
        signIn(worker, Fixtures.PASSWORD);
        visit("/children/" + child.id());
        follow(page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")));

        signIn(manager, Fixtures.PASSWORD);
        visit("/children/" + child.id());
        follow(link("Who has viewed this record"));

        assertThat(heading()).hasText("Who has viewed this record");
        Locator views = page().getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Who has viewed this record"));
        assertThat(views.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(worker)).first())
                .containsText("Viewed");
        assertThat(views.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(manager)).first())
                .containsText("Viewed");
    }

    private Locator heading() {
        return page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private Locator link(String name) {
        return page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A row of a summary list, by its key. */
    private Locator row(String key) {
        return page().locator(".govuk-summary-list__row").filter(new Locator.FilterOptions().setHas(
                page().locator(".govuk-summary-list__key").getByText(key, new Locator.GetByTextOptions().setExact(true))));
    }
}
