package hearth.caseloads;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import hearth.childprotection.AbuseCategory;
import hearth.childprotection.ChildProtectionPlanStarted;
import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.BrowserTest;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.workforce.Workforce;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A team manager allocates a child to a worker already at their caseload threshold: the form warns how far it takes
 * them, refuses until the manager confirms, then allocates; the caseload page flags the worker. Axe on every page.
 */
@HearthTest
class AllocationWarningBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CaseloadSettings settings;
    @Autowired
    Workforce workforce;

    Fixtures fx;
    String manager;
    String worker;
    String workerName;
    UUID team;
    PersonSummary child;
    BigDecimal threshold;
    int held;

    @BeforeEach
    void aWorkerAtTheirThreshold() {
        fx = new Fixtures(context);
        manager = fx.unique("tm");
        team = fx.team(fx.service(), manager);
        fx.user(manager, "Manager " + fx.name("M"), Role.TEAM_MANAGER, team);
        workerName = "Worker " + fx.name("W");
        worker = fx.user(fx.unique("sw"), workerName, Role.SOCIAL_WORKER, team);
        BigDecimal cp = settings.weights().byKind().get(WorkKind.CHILD_PROTECTION);
        threshold = settings.weights().threshold(Role.SOCIAL_WORKER);
        held = threshold.divide(cp, 0, RoundingMode.DOWN).intValue();
        for (int i = 0; i < held; i++) {
            UUID c = fx.child(fx.name("Held"), "Plan", LocalDate.of(2016, 5, 5)).id();
            context.publishEvent(new ChildProtectionPlanStarted(c, UUID.randomUUID(), LocalDate.now().minusDays(20),
                    AbuseCategory.EMO, 0, false));
            fx.allocate(c, team, worker);
        }
        child = fx.child("Nia", fx.name("Next"), LocalDate.of(2017, 2, 2));
        context.publishEvent(new ChildProtectionPlanStarted(child.id(), UUID.randomUUID(), LocalDate.now().minusDays(1),
                AbuseCategory.NEG, 0, false));
        fx.allocate(child.id(), team, null);
    }

    @Test
    void theManagerIsWarnedConfirmsAndTheChildIsAllocated() {
        BigDecimal after = settings.weights().byKind().get(WorkKind.CHILD_PROTECTION).multiply(BigDecimal.valueOf(held + 1L));
        signIn(manager, Fixtures.PASSWORD);
        visit("/children/" + child.id() + "/allocation");
        page().locator("#team").selectOption(team.toString());
        page().locator("#worker").selectOption(worker);
        page().locator("#reason").fill("Protection plan needs a named worker");
        follow(button("Allocate"));

        assertThat(page().locator(".govuk-warning-text")).containsText("Allocating this child takes " + workerName
                + " to " + after.stripTrailingZeros().toPlainString() + " weighted cases against a threshold of "
                + threshold.stripTrailingZeros().toPlainString());
        assertThat(page().locator("#reason")).hasValue("Protection plan needs a named worker");
        follow(button("Allocate"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Confirm you want to allocate past the threshold");
        org.assertj.core.api.Assertions.assertThat(workforce.currentAllocation(child.id()).orElseThrow().workerUsername())
                .isNull();

        page().getByLabel("I have considered this caseload and want to allocate anyway").check();
        follow(button("Allocate"));
        assertThat(page().locator(".govuk-notification-banner")).containsText("The child has been allocated");
        org.assertj.core.api.Assertions.assertThat(workforce.currentAllocation(child.id()).orElseThrow().workerUsername())
                .isEqualTo(worker);

        visit("/caseloads");
        assertThat(page().locator("#workers tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(workerName))).containsText("Over threshold");
        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(workerName).setExact(true)));
        assertThat(page().locator("h1")).hasText(workerName);
        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change profile")));
        page().locator("#registrationNumber").fill("XX1");
        follow(button("Save profile"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Social Work England number");
    }

    @Test
    void aPerformanceOfficerSeesTheWorkforce() {
        signIn(fx.user(Role.PERFORMANCE_OFFICER, null), Fixtures.PASSWORD);
        visit("/workforce");
        assertThat(page().locator("#staffing")).containsText("All teams");
    }

    @Test
    void anAdministratorSeesTheWeightsAndEstablishments() {
        signIn(fx.user(Role.ADMINISTRATOR, null), Fixtures.PASSWORD);
        visit("/caseloads/settings");
        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change Court proceedings")));
        assertThat(page().locator("h1")).hasText("Court proceedings");
        visit("/teams/establishment");
        assertThat(page().locator("h1")).hasText("Team establishments");
    }

    private com.microsoft.playwright.Locator button(String name) {
        return page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
