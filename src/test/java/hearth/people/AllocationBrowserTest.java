package hearth.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import hearth.security.Role;
import hearth.support.BrowserTest;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.workforce.TeamView;
import hearth.workforce.Workforce;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@HearthTest
class AllocationBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Workforce workforce;

    Fixtures fx;
    String manager;
    String teamName;
    String workerName;
    PersonSummary child;

    @BeforeEach
    void aChildHeldOnDutyInTheManagersTeam() {
        fx = new Fixtures(context);
        manager = fx.unique("team_manager");
        UUID team = fx.team(fx.service(), manager);
        fx.user(manager, "Manager " + fx.name("M"), Role.TEAM_MANAGER, team);
        workerName = "Sam " + fx.name("Worker");
        fx.user(fx.unique("social_worker"), workerName, Role.SOCIAL_WORKER, team);
        teamName = workforce.team(team).map(TeamView::name).orElseThrow();
        child = fx.child("Robin", fx.name("Allocated"), LocalDate.of(2017, 1, 9));
        workforce.allocate(child.id(), team, null, LocalDate.of(2026, 1, 5), "held on duty");
    }

    @Test
    void aTeamManagerAllocatesTheChildToAWorkerInTheTeam() {
        signIn(manager, Fixtures.PASSWORD);
        visit("/children/" + child.id());
        assertThat(allocationRow("Worker")).containsText("Held on duty");

        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change allocation").setExact(true)));

        assertThat(page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Allocate this child");
        Locator team = page().getByLabel("Team", new Page.GetByLabelOptions().setExact(true));
        assertThat(team.locator("option:checked")).hasText(teamName);
        page().getByLabel("Worker", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(workerName + " (Social worker)"));
        page().getByLabel("Reason").fill("Allocated for a child and family assessment");
        follow(page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Allocate").setExact(true)));

        assertThat(page()).hasURL(baseUrl() + "/people/" + child.id());
        assertThat(page().locator(".govuk-notification-banner--success")).containsText("The child has been allocated");
        assertThat(allocationRow("Team")).containsText(teamName);
        assertThat(allocationRow("Worker")).containsText(workerName);
    }

    private Locator allocationRow(String key) {
        Locator card = page().locator(".govuk-summary-card").filter(new Locator.FilterOptions().setHas(
                page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Allocation"))));
        return card.locator(".govuk-summary-list__row").filter(new Locator.FilterOptions().setHas(
                page().locator(".govuk-summary-list__key").getByText(key, new Locator.GetByTextOptions().setExact(true))));
    }
}
