package hearth.missing;

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A child reported missing from the record, the return recorded, the return interview on the coordinator's list as
 * due within 72 hours, overdue once the clock passes 72 hours, then offered and held; axe on every page.
 */
@HearthTest
class MissingBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;

    Fixtures fx;
    String coordinator;
    PersonSummary child;
    LocalDate today;

    @BeforeEach
    void aChildAllocatedInTheCoordinatorsService() {
        today = LocalDate.now(MutableClock.LONDON);
        clock.set(today.atTime(12, 0).atZone(MutableClock.LONDON).toInstant());
        fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        coordinator = fx.user(Role.TEAM_MANAGER, team);
        String worker = fx.user(Role.SOCIAL_WORKER, team);
        child = fx.child("Alex", fx.name("Away"), LocalDate.of(2010, 4, 12));
        fx.allocate(child.id(), team, worker);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aReturnInterviewIsDueWithin72HoursThenOverdueThenHeld() {
        signIn(coordinator, Fixtures.PASSWORD);
        visit("/children/" + child.id());
        follow(link("Report the child missing"));
        page().locator("input[name=kind][value=MISSING]").check();
        dateTime("startedAt", today, "07:00");
        page().locator("#circumstances").fill("Did not come home from school");
        page().locator("input[name=policeReported][value=yes]").check();
        page().locator("#policeReference").fill("CAD 4471");
        follow(button("Report missing"));
        assertThat(page().locator("main")).containsText("Not yet returned");

        visit("/children/" + child.id());
        assertThat(page().locator(".hearth-badges")).containsText("Missing now");
        follow(link("Record the return"));
        dateTime("endedAt", today, "11:00");
        page().locator("#whereFound").fill("Bus station in town");
        page().locator("#returnNotes").fill("Brought back by police");
        follow(button("Record the return"));
        assertThat(page().locator("main")).containsText("Bus station in town");

        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Missing children")));
        Locator row = page().locator("#interviews-due + table tr").filter(new Locator.FilterOptions()
                .setHasText(child.fullName()));
        assertThat(row).containsText("2 days 23 hours left");
        assertThat(page().locator("#not-offered ~ ul")).containsText("Offer " + child.fullName() + " a return interview");

        Instant back = today.atTime(11, 0).atZone(MutableClock.LONDON).toInstant();
        clock.set(back.plus(Duration.ofHours(73)));
        visit("/missing");
        assertThat(row).containsText("Overdue by 1 hour 0 minutes");

        follow(link("Offer " + child.fullName() + " a return interview"));
        follow(button("Record the offer"));
        follow(link("Record the return interview"));
        follow(button("Save the interview"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Select whether the interview was held or declined");
        page().locator("input[name=outcome][value=held]").check();
        page().locator("#heldBy").fill("Sam Reid, Missing People");
        page().locator("#pushFactors").fill("Arguments at home about curfew");
        page().locator("#concern-CRIMINAL_EXPLOITATION").check();
        page().locator("#findings").fill("Alex was asked to carry a bag for older boys; refer to the exploitation panel");
        follow(button("Save the interview"));
        assertThat(page().locator("main")).containsText("Held");
        assertThat(page().locator("main")).containsText("Child criminal exploitation, including county lines");

        visit("/missing");
        assertThat(row).hasCount(0);
        visit("/children/" + child.id() + "/missing");
        assertThat(page().locator("#totals")).containsText("1 (1 missing, 0 away)");
        follow(link("Record an exploitation screening"));
        follow(button("Save screening"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Enter the screening tool");
    }

    private void dateTime(String field, LocalDate date, String time) {
        page().locator("input[name=" + field + "Day]").fill(String.valueOf(date.getDayOfMonth()));
        page().locator("input[name=" + field + "Month]").fill(String.valueOf(date.getMonthValue()));
        page().locator("input[name=" + field + "Year]").fill(String.valueOf(date.getYear()));
        page().locator("input[name=" + field + "Time]").fill(time);
    }

    private Locator link(String name) {
        return page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
