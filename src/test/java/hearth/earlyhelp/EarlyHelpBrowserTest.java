package hearth.earlyhelp;

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
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Early help as a family worker uses it: a partner's request, the waiting list with a check-in, the service
 * starting with a school's lead professional, the family help assessment, a TAF plan and review, then step-up.
 */
@HearthTest
class EarlyHelpBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    Fixtures fx;
    String familyWorker;
    PersonSummary child;
    LocalDate today;

    @BeforeEach
    void aChildAllocatedToAFamilyWorker() {
        fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        familyWorker = fx.user(fx.unique("family_worker"), "Fran " + fx.name("Worker"), Role.FAMILY_WORKER, team);
        child = fx.child("Jordan", fx.name("Family"), LocalDate.of(2015, 9, 9));
        fx.allocate(child.id(), team, familyWorker);
        today = LocalDate.now(ZoneId.of("Europe/London"));
    }

    @Test
    void aWaitingFamilyGetsTheServiceAPlanAndAReviewThenIsSteppedUp() {
        signIn(familyWorker, Fixtures.PASSWORD);
        visit("/children/" + child.id());
        follow(link("Start early help"));
        page().locator("#requestedBy").fill("Jo Patel, Reading Girls' School");
        page().locator("#reason").fill("Attendance has dropped to 70% and Jordan is often hungry at school.");
        press("Start early help");
        assertThat(page()).hasURL(Pattern.compile("/early-help/[0-9a-f-]{36}$"));
        String episodePath = currentPath();

        follow(link("Add to the waiting list"));
        page().locator("#service").fill("Parenting programme");
        press("Add to the waiting list");
        assertThat(page().locator(".govuk-error-summary")).containsText("Select a priority");
        assertThat(page().locator("#service")).hasValue("Parenting programme");
        page().locator("input[name=priority][value=HIGH]").check();
        press("Add to the waiting list");
        assertThat(page().locator("main")).containsText("Waiting for a service");

        follow(link("Record a check-in"));
        page().locator("#checkInNote").fill("Mum says mornings are still hard; no new worries.");
        press("Save the check-in");
        assertThat(page().locator("main")).containsText("Mum says mornings are still hard");

        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Early help waiting list")));
        assertThat(page().locator("main")).containsText(child.fullName());
        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(child.fullName())));

        follow(link("Start the service"));
        press("Start the service");
        assertThat(page().locator("main")).containsText("Service started");

        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add Lead professional")));
        page().locator("input[name=leadKind][value=PARTNER]").check();
        page().locator("#partnerName").fill("Jo Patel");
        page().locator("#partnerAgency").fill("Reading Girls' School");
        page().locator("#partnerRole").fill("Designated safeguarding lead");
        page().locator("#leadContact").fill("0118 496 0000");
        press("Save");
        assertThat(page().locator("main")).containsText("Designated safeguarding lead");

        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record Family help assessment")));
        fillDate("assessmentStarted", today);
        fillDate("assessmentCompleted", today);
        page().locator("#completedBy").fill("Fran, Family help team");
        page().locator("#summary").fill("Loving family; mornings chaotic since dad left; mum wants routines.");
        press("Save");
        assertThat(page().locator("main")).containsText("mornings chaotic");

        follow(link("Add an action to the plan"));
        page().locator("#outcome").fill("Jordan gets to school on time every day");
        page().locator("#action").fill("Morning routine chart and alarm; breakfast club place");
        page().locator("#who").fill("Mum, with Jo Patel (school)");
        fillDate("byWhen", today.plusWeeks(6));
        press("Add the action");
        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Record progress"))));
        page().locator("input[name=progress][value=ON_TRACK]").check();
        page().locator("#progressNote").fill("Late once this week, down from every day.");
        press("Save");
        assertThat(page().locator("main")).containsText("Late once this week");

        follow(link("Record a review"));
        page().locator("#attendees").fill("Sam Family, Mother\nJo Patel, Reading Girls' School");
        page().locator("#reviewProgress").fill("Attendance up to 88%.");
        page().locator("input[name=decision][value=CONTINUE_PLAN]").check();
        press("Save the review");
        assertThat(page().locator("main")).containsText("Jo Patel (Reading Girls' School)");

        follow(link("Step up to social care"));
        page().locator("#stepUpReason").fill("Jordan told his teacher that mum's new partner hit him.");
        page().locator("input[name=consent][value=NOT_SOUGHT]").check();
        page().locator("input[name=risk][value=HIGH]").check();
        press("Step up to social care");
        assertThat(page()).hasURL(Pattern.compile(episodePath + "$"));
        assertThat(page().locator("main")).containsText("Stepped up to social care");
        follow(link("contact recorded at the front door"));
        assertThat(page().locator("main")).containsText("mum's new partner hit him");
        assertThat(page().locator("main")).containsText("5D: LA services");

        visit("/children/" + child.id());
        assertThat(page().locator(".govuk-summary-card").filter(new com.microsoft.playwright.Locator.FilterOptions().setHas(page().getByRole(com.microsoft.playwright.options.AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Early help").setExact(true))))).containsText("Stepped up to social care");
    }

    private Locator link(String name) {
        return page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void press(String name) {
        follow(page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)));
    }

    private void fillDate(String field, LocalDate date) {
        page().locator("input[name=" + field + "Day]").fill(String.valueOf(date.getDayOfMonth()));
        page().locator("input[name=" + field + "Month]").fill(String.valueOf(date.getMonthValue()));
        page().locator("input[name=" + field + "Year]").fill(String.valueOf(date.getYear()));
    }
}
