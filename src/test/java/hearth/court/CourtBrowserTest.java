package hearth.court;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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

/** A child's journey from the legal gateway to a final care order, as a team manager records it. */
@HearthTest
class CourtBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    Fixtures fx;
    String manager;
    PersonSummary child;
    LocalDate today;

    @BeforeEach
    void aChildInTheManagersTeam() {
        fx = new Fixtures(context);
        manager = fx.unique("team_manager");
        UUID team = fx.team(fx.service(), manager);
        fx.user(manager, "Manager " + fx.name("M"), Role.TEAM_MANAGER, team);
        String worker = fx.user(Role.SOCIAL_WORKER, team);
        child = fx.child("Sky", fx.name("Court"), LocalDate.of(2020, 7, 1));
        fx.allocate(child.id(), team, worker);
        today = LocalDate.now(ZoneId.of("Europe/London"));
    }

    @Test
    void gatewayLetterMeetingIssueHearingInterimAndFinalCareOrder() {
        signIn(manager, Fixtures.PASSWORD);
        visit("/children/" + child.id());
        follow(link("Pre-proceedings and court"));

        follow(link("Record a legal gateway decision"));
        follow(button("Save"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Select a decision");
        date("meetingDate");
        page().locator("#attendees").fill("Team manager, social worker, council solicitor");
        page().locator("input[name=decision][value=ENTER_PRE_PROCEEDINGS]").check();
        page().locator("#reasons").fill("Neglect continues despite a child protection plan.");
        follow(button("Save"));
        assertThat(page().locator("main")).containsText("Letter not sent yet");

        follow(link("Record the letter before proceedings"));
        date("letterDate");
        follow(button("Save"));
        assertThat(page().locator("main")).containsText("Decision on pre-proceedings due");

        follow(link("Record a meeting or review"));
        page().locator("input[name=meetingKind][value=MEETING]").check();
        date("meetingHeldOn");
        page().locator("#meetingAttendees").fill("Mother, father, their solicitors, social worker");
        page().locator("#progress").fill("Parents agreed a plan: nursery attendance and a parenting course.");
        follow(button("Save"));
        assertThat(page().locator("main")).containsText("Parents agreed a plan");

        follow(link("Issue care proceedings"));
        date("issuedOn");
        page().locator("#court").fill("Reading Family Court");
        page().locator("#caseNumber").fill("RG26C00999");
        follow(button("Save"));
        assertThat(page().locator("main")).containsText("Care proceedings, case RG26C00999");
        assertThat(page().locator("main")).containsText("Issue care proceedings on");

        follow(link("Record a hearing"));
        date("hearingDate");
        page().locator("input[name=hearingType][value=CMH]").check();
        page().locator("#hearingOutcome").fill("Interim care order made; assessments directed.");
        follow(button("Save"));

        follow(link("Record an order"));
        page().locator("input[name=orderType][value=INTERIM_CARE_ORDER]").check();
        date("madeOn");
        follow(button("Save"));
        assertThat(page().locator("main ul.govuk-list--bullet")).containsText("Interim care order since");

        follow(link("Record an order"));
        page().locator("input[name=orderType][value=CARE_ORDER]").check();
        date("madeOn");
        follow(button("Save"));
        assertThat(page().locator("main ul.govuk-list--bullet")).containsText("Care order since");
        assertThat(page().locator("main ul.govuk-list--bullet")).not().containsText("Interim");

        follow(link("Record the final outcome"));
        page().locator("input[name=finalOutcome][value=CARE_ORDER]").check();
        date("concludedOn");
        follow(button("Save"));
        assertThat(page().locator("main")).containsText("Concluded");

        visit("/court");
        visit("/children/" + child.id());
        assertThat(page().locator(".govuk-summary-card").filter(new com.microsoft.playwright.Locator.FilterOptions().setHas(page().getByRole(com.microsoft.playwright.options.AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Pre-proceedings and court").setExact(true))))).containsText("Care order");
    }

    private void date(String field) {
        page().locator("input[name=" + field + "Day]").fill(String.valueOf(today.getDayOfMonth()));
        page().locator("input[name=" + field + "Month]").fill(String.valueOf(today.getMonthValue()));
        page().locator("input[name=" + field + "Year]").fill(String.valueOf(today.getYear()));
    }

    private Locator link(String name) {
        return page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
