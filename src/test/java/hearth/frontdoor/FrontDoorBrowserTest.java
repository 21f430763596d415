package hearth.frontdoor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.BrowserTest;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The front door as its people use it: a contact is recorded, consent overridden with a reason, a manager decides. */
@HearthTest
class FrontDoorBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    Fixtures fx;
    String frontDoorWorker;
    String manager;
    PersonSummary child;

    @BeforeEach
    void aChildInTheManagersTeam() {
        fx = new Fixtures(context);
        manager = fx.unique("team_manager");
        UUID team = fx.team(fx.service(), manager);
        fx.user(manager, "Manager " + fx.name("M"), Role.TEAM_MANAGER, team);
        frontDoorWorker = fx.user(Role.FRONT_DOOR_WORKER, null);
        child = fx.child("Ellis", fx.name("Contact"), LocalDate.of(2016, 10, 2));
        fx.allocate(child.id(), team, null);
    }

    @Test
    void aContactWithConsentOverriddenIsRecordedThenAManagerMakesItAReferral() {
        signIn(frontDoorWorker, Fixtures.PASSWORD);
        visit("/children/" + child.id());
        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a contact").setExact(true)));

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        page().locator("input[name=receivedDay]").fill(String.valueOf(today.getDayOfMonth()));
        page().locator("input[name=receivedMonth]").fill(String.valueOf(today.getMonthValue()));
        page().locator("input[name=receivedYear]").fill(String.valueOf(today.getYear()));
        page().locator("#receivedTime").fill("00:05");
        page().locator("#source").selectOption(new SelectOption().setValue("S6"));
        page().locator("#referrerName").fill("PC Jordan, Thames Valley Police");
        page().locator("#referrerContact").fill("101, incident 4471 of today");
        page().locator("#concern").fill("Police attended a domestic incident at the home overnight; the child was present.");
        page().locator("input[name=consentSought][value=no]").check();
        page().locator("input[name=consent][value=NOT_SOUGHT]").check();
        page().locator("#consentOverridden").check();
        page().locator("input[name=risk][value=HIGH]").check();
        follow(page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save contact").setExact(true)));

        assertThat(page().locator(".govuk-error-summary")).containsText("Explain why consent is being overridden");
        assertThat(page().locator(".govuk-error-summary")).not().containsText("referrer");
        assertThat(page()).hasTitle(java.util.regex.Pattern.compile("^Error:"));
        assertThat(page().locator("#concern")).hasValue("Police attended a domestic incident at the home overnight; the child was present.");
        page().locator("#consentRationale").fill("Seeking consent would alert the alleged perpetrator and place the child at risk.");
        follow(page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save contact").setExact(true)));
        assertThat(page()).hasURL(java.util.regex.Pattern.compile("/contacts/[0-9a-f-]{36}$"));
        String contactPath = currentPath();

        visit("/front-door");
        assertThat(page().locator("main")).containsText(child.firstName());

        follow(page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out").setExact(true)));
        signIn(manager, Fixtures.PASSWORD);
        visit(contactPath);
        page().locator("input[name=decision][value=REFERRAL]").check();
        page().locator("#decisionRationale").fill("Domestic abuse with the child present meets the threshold for assessment.");
        follow(page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision").setExact(true)));
        assertThat(page().locator("main")).containsText("Referral to children's social care");

        visit("/children/" + child.id());
        assertThat(page().locator(".govuk-summary-card").filter(new com.microsoft.playwright.Locator.FilterOptions().setHas(page().getByRole(com.microsoft.playwright.options.AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Front door").setExact(true))))).isVisible();
    }
}
