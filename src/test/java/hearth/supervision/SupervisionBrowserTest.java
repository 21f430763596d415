package hearth.supervision;

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
 * A team manager records a worker's personal supervision and a child's case supervision with an action for the worker;
 * the action is in the worker's work; a month later the worker's supervision is overdue on the head of service's
 * supervision page. Axe checks every page.
 */
@HearthTest
class SupervisionBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;

    SupervisionWorld world;
    PersonSummary child;
    LocalDate today;

    @BeforeEach
    void aTeamWithAChild() {
        today = LocalDate.now(MutableClock.LONDON);
        clock.setDate(today);
        world = new SupervisionWorld(context);
        child = world.fx.child(world.fx.name("Sup"), "Browser", LocalDate.of(2014, 5, 6));
        world.workforce.allocate(child.id(), world.team, world.worker, today.minusMonths(2), "test allocation");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void supervisionIsRecordedThenGoesOverdueForTheHeadOfServiceAndAnActionIsInTheOwnersWork() {
        signIn(world.manager, Fixtures.PASSWORD);
        visit("/supervision");
        Locator mine = page().locator("table").filter(new Locator.FilterOptions().setHasText(world.workerName));
        assertThat(mine).containsText("None recorded");
        follow(link(world.workerName));
        follow(link("Record personal supervision"));
        follow(button("Save supervision"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Enter what was discussed about wellbeing");
        page().locator("#wellbeing").fill("Tired after a run of court work");
        page().locator("#workload").fill("Sixteen children");
        page().locator("#learning").fill("Court skills training booked");
        follow(button("Save supervision"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Enter the reflection");
        assertThat(page().locator("#wellbeing")).hasValue("Tired after a run of court work");
        page().locator("#reflection").fill("What the children's silence at visits might mean");
        follow(button("Save supervision"));
        assertThat(page().locator("main")).containsText("Up to date");
        assertThat(page().locator("main")).containsText("Tired after a run of court work");

        visit("/children/" + child.id());
        follow(link("Record case supervision"));
        page().locator("#discussion").fill("Visit findings and school concerns");
        page().locator("#reflection").fill("Neglect is cumulative here");
        page().locator("#decisions").fill("Stay on the child in need plan");
        page().locator("#action1").fill("Speak to the school nurse");
        page().locator("#action1Owner").selectOption(world.worker);
        LocalDate due = today.plusDays(7);
        page().locator("input[name=action1DueDay]").fill(String.valueOf(due.getDayOfMonth()));
        page().locator("input[name=action1DueMonth]").fill(String.valueOf(due.getMonthValue()));
        page().locator("input[name=action1DueYear]").fill(String.valueOf(due.getYear()));
        follow(button("Save case supervision"));
        assertThat(page().locator("main")).containsText("Speak to the school nurse");
        follow(button("Sign out"));

        signIn(world.worker, Fixtures.PASSWORD);
        visit("/my-work");
        assertThat(page().locator("main")).containsText("Case supervision action");
        assertThat(page().locator("main")).containsText(child.fullName());
        visit("/my-supervision");
        assertThat(page().locator("main")).containsText("Court skills training booked");
        follow(button("Sign out"));

        clock.setDate(today.plusMonths(1).plusDays(3));
        signIn(world.head, Fixtures.PASSWORD);
        visit("/supervision");
        Locator row = page().locator("tr").filter(new Locator.FilterOptions().setHasText(world.workerName));
        assertThat(row.locator("td").last()).hasText("3");
        assertThat(page().locator("main")).containsText("Overdue supervision in your service");
        visit("/notifications");
        assertThat(page().locator("main")).containsText("A worker's personal supervision is overdue");
        visit("/supervision/oversight");
        assertThat(page().locator("main")).containsText(child.fullName());
    }

    private Locator link(String name) {
        return page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
