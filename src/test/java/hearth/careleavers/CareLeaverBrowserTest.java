package hearth.careleavers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import hearth.people.PersonSummary;
import hearth.support.BrowserTest;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A personal adviser's year with a care leaver: pathway plan, its review falling due and recorded, contact going
 * overdue and an attempt that does not reach them; the manager allocates and sees the local offer. Axe on every page.
 */
@HearthTest
class CareLeaverBrowserTest extends BrowserTest {

    static final LocalDate DAY = LocalDate.of(2030, 4, 8);

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    CareLeavers careLeavers;

    Fixtures fx;
    LeaverJourney journey;
    PersonSummary child;

    @BeforeEach
    void aYoungPersonWhoLeftCareAt18() {
        clock.setDate(DAY);
        fx = new Fixtures(context);
        journey = new LeaverJourney(context, fx).team();
        child = fx.child("Jess", fx.name("Leaver"), DAY.minusYears(19).minusDays(20));
        careLeavers.recordEarlierCare(child.id(), DAY.minusYears(4), DAY.minusYears(1), "C2", "E8");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void thePathwayPlanReviewFallsDueAndIsRecordedAndContactGoesOverdueThenEscalates() {
        journey.as(journey.manager, () -> careLeavers.allocateAdviser(child.id(), journey.adviser, DAY, "Transfer"));
        signIn(journey.adviser, Fixtures.PASSWORD);
        visit("/children/" + child.id());
        assertThat(page().locator(".hearth-badges")).containsText("Former relevant");
        follow(link("View care leaver page"));
        follow(link("Record pathway work"));
        follow(button("Save"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Select what was done");
        page().locator("input[name=step][value=PATHWAY_PLAN]").check();
        date("date", DAY);
        page().locator("#summary").fill("Jess wants to start college in September and find a flat near her sister");
        follow(button("Save"));
        assertThat(row("Pathway plan review")).containsText("8 October 2030");

        clock.setDate(DAY.plusMonths(6).plusDays(2));
        visit("/care-leavers/" + child.id());
        assertThat(row("Pathway plan review")).containsText("Overdue");
        follow(link("Record pathway work"));
        page().locator("input[name=step][value=PLAN_REVIEW]").check();
        date("date", DAY.plusMonths(6).plusDays(2));
        page().locator("#summary").fill("Started college; rent arrears cleared");
        follow(button("Save"));
        assertThat(row("Pathway plan review")).containsText("10 April 2031");
        assertThat(row("Pathway plan review")).not().containsText("Overdue");
        assertThat(row("Personal adviser contact")).containsText("Overdue");

        visit("/care-leavers");
        assertThat(page().locator("main")).containsText("Contact overdue");
        follow(link(child.fullName()));
        follow(link("Record contact"));
        date("date", DAY.plusMonths(6).plusDays(2));
        page().locator("#reached-no").check();
        page().locator("input[name=method][value=PHONE]").check();
        page().locator("#note").fill("Phone switched off; texted and emailed");
        follow(button("Save"));
        assertThat(page().locator(".govuk-warning-text")).containsText("Not in touch since 10 October 2030");
        assertThat(row("Urgent follow-up (not reached)")).not().containsText("Nothing due");

        visit("/care-leavers?show=notInTouch");
        assertThat(page().locator("main")).containsText(child.fullName());
        visit("/care-leavers/" + child.id() + "/birthdays/new");
        visit("/care-leavers/" + child.id() + "/circumstances");
        visit("/care-leavers/" + child.id() + "/requests/new");
    }

    @Test
    void theManagerAllocatesAnAdviserAndSeesTheLocalOfferDecisions() {
        journey.workforce.allocate(child.id(), journey.team, null, DAY.minusDays(1), "Held by the leaving care team");
        signIn(journey.manager, Fixtures.PASSWORD);
        visit("/care-leavers/" + child.id());
        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change Personal adviser")));
        follow(button("Allocate"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Select a personal adviser");
        page().locator("#adviser").selectOption(journey.adviser);
        date("from", DAY);
        follow(button("Allocate"));
        assertThat(page().locator("main")).containsText("since 8 April 2030");
        visit("/care-leavers?show=all");
        visit("/care-leavers/local-offer");
    }

    private Locator row(String key) {
        return page().locator(".govuk-summary-list__row", new Page.LocatorOptions().setHasText(key));
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
