package hearth.carehealth;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.BrowserTest;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A child becomes looked after; the initial health assessment falls due, then overdue, is recorded, and the next
 * review appears; a manager sees the overdue list and voids a record. Axe on every page.
 */
@HearthTest
class CareHealthBrowserTest extends BrowserTest {

    static final LocalDate START = LocalDate.of(2026, 1, 5);

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;

    Fixtures fx;
    String worker;
    String manager;
    PersonSummary child;

    @BeforeEach
    void aChildBecomesLookedAfter() {
        clock.setDate(START.plusDays(22));
        fx = new Fixtures(context);
        manager = fx.unique("team_manager");
        UUID team = fx.team(fx.service(), manager);
        fx.user(manager, "Manager " + fx.name("M"), Role.TEAM_MANAGER, team);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        child = fx.child("Rowan", fx.name("Care"), LocalDate.of(2014, 5, 9));
        fx.allocate(child.id(), team, worker);
        new CareJourney(context, fx).becameLookedAfter(child.id(), START);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theInitialHealthAssessmentFallsDueGoesOverdueIsRecordedAndTheNextReviewIsDue() {
        signIn(worker, Fixtures.PASSWORD);
        visit("/children/" + child.id());
        Locator panel = panel("Health and education");
        assertThat(panel).containsText("Initial health assessment");
        assertThat(panel).containsText("Due by 2 Feb 2026");

        clock.setDate(LocalDate.of(2026, 2, 3));
        visit("/children/" + child.id());
        assertThat(panel("Health and education")).containsText("Overdue: was due by 2 Feb 2026");
        assertThat(page().locator(".hearth-badges")).containsText("Health or education overdue");

        follow(link("View health and education"));
        assertThat(page().locator("main")).containsText("Jo and Sam Carter");
        follow(link("Record an initial health assessment"));
        follow(button("Save"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Enter a real date");
        assertThat(page().locator(".govuk-error-summary")).containsText("Enter who carried it out");
        date("entryDate", LocalDate.of(2026, 2, 3));
        page().locator("#byWhom").fill("Dr Amina Shah, paediatrician");
        page().locator("#detail").fill("Asthma review with the GP; glasses prescribed");
        follow(button("Save"));
        assertThat(page().locator(".govuk-notification-banner")).containsText("Initial health assessment recorded");
        assertThat(table("History")).containsText("Dr Amina Shah, paediatrician");
        assertThat(table("What is due")).containsText("Review health assessment");
        assertThat(table("What is due")).containsText("3 Feb 2027");
        assertThat(table("What is due")).not().containsText("Initial health assessment");

        follow(button("Sign out"));
        signIn(manager, Fixtures.PASSWORD);
        visit("/care-health/overdue");
        assertThat(page().locator("main")).containsText("Personal education plan");
        follow(link(child.fullName()));
        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Void Initial health assessment 3 Feb 2026").setExact(true)));
        follow(button("Void record"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Enter why the record is being voided");
        page().locator("#reason").fill("Recorded against the wrong child");
        follow(button("Void record"));
        assertThat(page().locator("main")).containsText("Voided: Recorded against the wrong child");
    }

    private Locator panel(String title) {
        return page().locator(".govuk-summary-card").filter(new Locator.FilterOptions().setHas(page().getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setExact(true))));
    }

    private Locator table(String name) {
        return page().getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void date(String field, LocalDate date) {
        page().locator("input[name=" + field + "Day]").fill(String.valueOf(date.getDayOfMonth()));
        page().locator("input[name=" + field + "Month]").fill(String.valueOf(date.getMonthValue()));
        page().locator("input[name=" + field + "Year]").fill(String.valueOf(date.getYear()));
    }

    private Locator link(String name) {
        return page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
