package hearth.fostering;

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
 * A connected person's temporary approval running out: recorded by the worker, shown due in My work as the 16 weeks
 * near, extended once by a nominated officer, then shown run out and overdue when the extension passes too.
 */
@HearthTest
class KinshipBrowserTest extends BrowserTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;

    Fixtures fx;
    String worker;
    String manager;
    PersonSummary child;

    @BeforeEach
    void aChildAllocatedToAWorker() {
        clock.setDate(DAY);
        fx = new Fixtures(context);
        manager = fx.unique("team_manager");
        UUID team = fx.team(fx.service(), manager);
        fx.user(manager, "Manager " + fx.name("M"), Role.TEAM_MANAGER, team);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        child = fx.child("Ellis", fx.name("Kinship"), LocalDate.of(2020, 7, 1));
        fx.allocate(child.id(), team, worker);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTemporaryApprovalRunsOutUnlessExtendedOnceAndShowsInMyWork() {
        signIn(worker, Fixtures.PASSWORD);
        visit("/children/" + child.id());
        follow(link("Open connected persons and special guardianship"));
        follow(link("Record a connected person's temporary approval"));
        follow(button("Save"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Enter the connected person's full name");
        page().locator("#carerName").fill("Maggie Ellis");
        page().locator("#relationship").fill("Maternal grandmother");
        date("approvedOn", DAY);
        follow(button("Save"));
        Locator card = page().locator(".govuk-summary-card").first();
        assertThat(card).containsText("Running");
        assertThat(card).containsText("22 Jun 2026");
        assertThat(card).containsText("112");

        clock.setDate(DAY.plusWeeks(16).minusDays(2));
        visit("/my-work");
        assertThat(page().locator("main")).containsText("Connected person: full assessment decided before temporary approval runs out");
        visit("/children/" + child.id() + "/kinship");
        assertThat(page().locator(".govuk-summary-card").first()).containsText("Running out");

        follow(link("Record an extension"));
        date("extendedOn", DAY.plusWeeks(16).minusDays(2));
        page().locator("#weeks").fill("8");
        page().locator("#nominatedOfficer").fill("Head of service");
        page().locator("#extensionReason").fill("Waiting for the grandmother's medical report; panel consulted, IRO told.");
        follow(button("Save"));
        card = page().locator(".govuk-summary-card").first();
        assertThat(card).containsText("8 weeks, decided on 20 Jun 2026 by Head of service");
        assertThat(card).containsText("17 Aug 2026");
        assertThat(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record an extension")))
                .hasCount(0);

        clock.setDate(DAY.plusWeeks(24).plusDays(3));
        visit("/children/" + child.id() + "/kinship");
        assertThat(page().locator(".govuk-summary-card").first()).containsText("Run out");
        assertThat(page().locator(".govuk-summary-card").first()).containsText("Ran out 3 days ago");
        visit("/my-work");
        assertThat(page().locator("main")).containsText("Connected person: full assessment decided before the extended approval runs out");
        visit("/children/" + child.id());
        assertThat(page().locator(".govuk-tag").filter(new Locator.FilterOptions().setHasText("Connected person approval run out")))
                .hasCount(1);
    }

    @Test
    void theKinshipListShowsDaysTakenAndLeftToAManager() {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(worker, null,
                        java.util.List.of()));
        try {
            context.getBean(ConnectedPersons.class).approve(child.id(), "Ray Ellis", "Uncle", DAY.minusWeeks(14));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        signIn(manager, Fixtures.PASSWORD);
        visit("/kinship");
        Locator row = page().locator("tr").filter(new Locator.FilterOptions().setHasText("Ray Ellis"));
        assertThat(row).containsText("98");
        assertThat(row).containsText("14");
        assertThat(row).containsText("Running out");
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
