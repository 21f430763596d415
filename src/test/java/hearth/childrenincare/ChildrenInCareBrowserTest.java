package hearth.childrenincare;

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

/** Coming into care and a move, a review cycle, and a visit falling overdue; axe on every page. */
@HearthTest
class ChildrenInCareBrowserTest extends BrowserTest {

    static final LocalDate DAY = LocalDate.parse("2031-03-03");

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    ChildrenInCare care;

    Fixtures fx;
    CareJourney journey;
    String worker;
    String iro;
    PersonSummary child;

    @BeforeEach
    void aChildAllocatedToAWorker() {
        clock.setDate(DAY);
        fx = new Fixtures(context);
        journey = new CareJourney(fx);
        UUID team = fx.team(fx.service(), null);
        worker = fx.user(fx.unique("sw"), "Worker " + fx.name("W"), Role.SOCIAL_WORKER, team);
        iro = fx.user(Role.CONFERENCE_CHAIR_IRO, null);
        child = fx.child("Sky", fx.name("Care"), LocalDate.of(2016, 6, 1));
        fx.allocate(child.id(), team, worker);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void comingIntoCareAndAPlacementMoveDeriveTheEpisodes() {
        signIn(worker, Fixtures.PASSWORD);
        visit("/children/" + child.id());
        follow(link("Record that the child became looked after"));
        follow(button("Save"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Choose the legal status");
        date("startDate", DAY.minusDays(30));
        page().locator("#legalStatus").selectOption("C1");
        page().locator("#categoryOfNeed").selectOption("N1");
        follow(button("Save"));
        assertThat(page().locator("main")).containsText("C1: Interim care order");
        assertThat(page().locator("#due")).containsText("First looked after child review");

        follow(link("Record a placement or move"));
        date("startDate", DAY.minusDays(30));
        page().locator("#carerName").fill("Ann and Bob Foster");
        page().locator("#type").selectOption("U6");
        page().locator("#provider").selectOption("PR1");
        page().locator("#placementPostcode").fill("rg1 1aa");
        page().locator("#homePostcode").fill("RG2 2BB");
        page().locator("input[name=outOfArea][value=no]").check();
        page().locator("input[name=siblings][value=NO_SIBLINGS_IN_CARE]").check();
        page().locator("input[name=emergency][value=no]").check();
        page().locator("input[name=until18][value=no]").check();
        follow(button("Save placement"));
        assertThat(page().locator("main")).containsText("Ann and Bob Foster");

        follow(link("Record a placement or move"));
        date("startDate", DAY);
        page().locator("#carerName").fill("Oak House");
        page().locator("#type").selectOption("K2");
        page().locator("#provider").selectOption("PR4");
        page().locator("#placementPostcode").fill("SL1 2CC");
        page().locator("input[name=outOfArea][value=yes]").check();
        page().locator("input[name=siblings][value=APART]").check();
        page().locator("input[name=emergency][value=yes]").check();
        page().locator("input[name=until18][value=no]").check();
        follow(button("Save placement"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Choose the reason for the placement change");
        assertThat(page().locator(".govuk-error-summary")).containsText("Enter who approved the placement");
        assertThat(page().locator(".govuk-error-summary")).containsText("Say why brothers or sisters");
        page().locator("#reasonForChange").selectOption("CREQB");
        page().locator("#approvedBy").fill("Director of Children's Services");
        date("approvedOn", DAY);
        page().locator("#siblingsReason").fill("No home for both boys tonight");
        follow(button("Save placement"));

        Locator rows = page().locator("#episodes-table tbody tr");
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0)).containsText("S");
        assertThat(rows.nth(0)).containsText("RG1 1AA");
        assertThat(rows.nth(0)).containsText("X1");
        assertThat(rows.nth(0)).containsText("CREQB");
        assertThat(rows.nth(1)).containsText("K2");
        assertThat(rows.nth(1).locator("td").nth(1)).hasText("P");
        assertThat(page().locator("#due")).containsText("Placement plan after an emergency placement");

        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Record the placement plan and notifications for the placement with Oak House")));
        date("planOn", DAY);
        date("notifiedOn", DAY);
        follow(button("Save"));
        assertThat(page().locator("main")).containsText("Placement plan 3 Mar 2031");
        follow(link("Back to the record"));
        assertThat(page().locator(".hearth-badges")).containsText("Looked after");
    }

    @Test
    void anIroRecordsTheFirstReviewAndTheSecondFallsDueThreeMonthsLater() {
        journey.as(worker, () -> care.becomeLookedAfter(child.id(), DAY.minusDays(20), LegalStatus.V2,
                CategoryOfNeed.N4));
        CarePeriodView period = care.openPeriodFor(child.id()).orElseThrow();
        signIn(iro, Fixtures.PASSWORD);
        visit("/care-periods/" + period.id());
        follow(link("Record a review"));
        date("date", DAY);
        page().locator("input[name=participation][value=PN1]").check();
        page().locator("#childViews").fill("\"I want to see my brother more\"");
        page().locator("#discussed").fill("Contact with brother; school");
        follow(button("Save review"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Enter the decisions");
        page().locator("#decisions").fill("Sibling contact every week");
        follow(button("Save review"));
        assertThat(page().locator("main")).containsText("I want to see my brother more");
        assertThat(page().locator("#due")).containsText("Second looked after child review: due 3 Jun 2031");
        assertThat(page().locator("#due")).containsText("Permanence plan: due 3 Jun 2031");

        follow(link("Record an IRO contact"));
        date("date", DAY);
        page().locator("#how").fill("Phone call");
        page().locator("#note").fill("Sky is happier since contact increased");
        follow(button("Save contact"));
        assertThat(page().locator("main")).containsText("Sky is happier since contact increased");
    }

    @Test
    void aVisitFallsOverdueWhenTheClockPassesAWeekInTheNewPlacement() {
        UUID periodId = journey.as(worker, () -> care.becomeLookedAfter(child.id(), DAY, LegalStatus.C2,
                CategoryOfNeed.N1)).id();
        journey.as(worker, () -> care.recordPlacement(periodId, care.find(periodId).orElseThrow().version(),
                CareJourney.foster(DAY, "Ann Foster", null)));
        clock.setDate(DAY.plusDays(8));
        signIn(worker, Fixtures.PASSWORD);
        visit("/care-periods/" + periodId);
        assertThat(page().locator("#due li").filter(new Locator.FilterOptions().setHasText("First visit in a placement")))
                .containsText("Overdue");
        follow(link("Record a statutory visit"));
        date("date", DAY.plusDays(8));
        page().locator("input[name=seen][value=no]").check();
        page().locator("input[name=seenAlone][value=yes]").check();
        page().locator("#words").fill("Nobody home");
        follow(button("Save visit"));
        assertThat(page().locator(".govuk-error-summary")).containsText("cannot have been seen alone");
        page().locator("input[name=seen][value=yes]").check();
        page().locator("#words").fill("\"I like my room\"");
        follow(button("Save visit"));
        assertThat(page().locator("#due")).containsText("Statutory visit to a looked after child: due 22 Apr 2031");
        assertThat(page().locator("main")).containsText("I like my room");
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
