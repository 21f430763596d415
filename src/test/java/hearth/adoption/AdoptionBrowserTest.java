package hearth.adoption;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import hearth.childrenincare.ChildBecameLookedAfter;
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
import org.springframework.context.ApplicationEventPublisher;

/** A young child's adoption journey, recorded step by step, showing the A10 and A2 timeliness measures. */
@HearthTest
class AdoptionBrowserTest extends BrowserTest {

    static final LocalDate CARE = LocalDate.of(2025, 3, 3);

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEventPublisher events;

    Fixtures fx;
    String manager;
    PersonSummary child;

    @BeforeEach
    void aYoungChildInCare() {
        clock.setDate(CARE.plusDays(500));
        fx = new Fixtures(context);
        manager = fx.unique("team_manager");
        UUID team = fx.team(fx.service(), manager);
        fx.user(manager, "Manager " + fx.name("M"), Role.TEAM_MANAGER, team);
        String worker = fx.user(Role.SOCIAL_WORKER, team);
        child = fx.child("Rowan", fx.name("Adoption"), LocalDate.of(2024, 9, 1));
        fx.allocate(child.id(), team, worker);
        events.publishEvent(new ChildBecameLookedAfter(child.id(), UUID.randomUUID(), CARE, "C2", "N1", worker));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void decisionPlacementOrderMatchPlacementAndOrderWithTimeliness() {
        signIn(manager, Fixtures.PASSWORD);
        visit("/children/" + child.id());
        follow(link("Open adoption"));
        follow(link("Record the decision that the child should be placed for adoption"));
        follow(button("Save"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Enter the agency decision maker");
        date("decidedOn", CARE.plusDays(150));
        page().locator("#decisionMaker").fill("Head of children's services");
        page().locator("input[name=fostering][value=no]").check();
        page().locator("input[name=concurrent][value=yes]").check();
        follow(button("Save"));
        assertThat(page().locator("main")).containsText("Concurrent planning");

        step("Record the placement order", CARE.plusDays(250));
        assertThat(page().locator("main")).containsText("500 days so far");
        assertThat(page().locator("main")).containsText("250 days so far");
        assertThat(page().locator("main .govuk-tag--red")).hasCount(2);

        follow(link("Record the match with adopters"));
        page().locator("#adopterName").fill("Alex and Sam Patel");
        date("stepOn", CARE.plusDays(340));
        follow(button("Save"));
        assertThat(page().locator("main")).containsText("with Alex and Sam Patel");
        assertThat(page().locator("main")).containsText("90 days");

        step("Record the child moving in with the adopters", CARE.plusDays(400));
        assertThat(page().locator("main")).containsText("400 days");
        assertThat(page().locator("main .govuk-tag--red")).hasCount(0);
        step("Record the adoption order", CARE.plusDays(490));
        assertThat(page().locator("main")).containsText("Adopted");

        visit("/adoption");
        assertThat(page().locator("tr").filter(new Locator.FilterOptions().setHasText(child.lastName())))
                .containsText("400 days");
    }

    private void step(String linkName, LocalDate on) {
        follow(link(linkName));
        date("stepOn", on);
        follow(button("Save"));
    }

    private void date(String field, LocalDate d) {
        page().locator("input[name=" + field + "Day]").fill(String.valueOf(d.getDayOfMonth()));
        page().locator("input[name=" + field + "Month]").fill(String.valueOf(d.getMonthValue()));
        page().locator("input[name=" + field + "Year]").fill(String.valueOf(d.getYear()));
    }

    private Locator link(String name) {
        return page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
