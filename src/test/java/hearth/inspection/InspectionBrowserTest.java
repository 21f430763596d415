package hearth.inspection;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import hearth.security.Role;
import hearth.support.BrowserTest;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A senior leader records an inspection with a point, adds an action linked to a measure and sees its trend, and
 * downloads the committee's progress report; then the readiness page and the self-evaluation. Every page is checked
 * with axe.
 */
@HearthTest
class InspectionBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void recordAnInspectionPlanAnActionLinkedToAMeasureAndDownloadTheReport() {
        Fixtures fx = new Fixtures(context);
        String leader = fx.user(Role.SENIOR_LEADER, null);
        String point = "The timely identification of risk for children " + fx.unique("p");
        signIn(leader, Fixtures.PASSWORD);

        visit("/inspections");
        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record an inspection")));
        follow(button("Save the inspection"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Choose the kind of inspection or visit");
        page().locator("#kind").selectOption("FULL_INSPECTION");
        page().locator("#startDate").fill("22");
        page().locator("#startDate-month").fill("4");
        page().locator("#startDate-year").fill("2024");
        page().locator("#leadInspector").fill("Christine Kennet");
        page().locator("#gradeOVERALL_EFFECTIVENESS").selectOption("REQUIRES_IMPROVEMENT");
        page().locator("#gradeCHILDREN_IN_CARE").selectOption("GOOD");
        page().locator("#points").fill(point);
        follow(button("Save the inspection"));
        assertThat(page().locator(".govuk-notification-banner")).containsText("Inspection recorded");
        assertThat(page().locator("main")).containsText("Requires improvement to be good");
        String inspectionPath = currentPath();

        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an action for point 1")));
        page().locator("#title").fill("Strategy discussions within a working day");
        page().locator("#owner").fill("Head of service, front door");
        page().locator("#dueDate").fill("30");
        page().locator("#dueDate-month").fill("4");
        page().locator("#dueDate-year").fill("2030");
        page().locator("label[for='status-ON_TRACK']").click();
        follow(button("Add the action"));
        assertThat(page().locator(".govuk-notification-banner")).containsText("Action added");

        page().locator("#measureId").selectOption("timeliness:strategy-discussion");
        follow(button("Link the measure"));
        assertThat(page().locator(".govuk-notification-banner")).containsText("Measure linked");
        assertThat(page().locator("main h3").first()).isVisible();
        assertThat(page().locator("main")).containsText("On track");

        visit(inspectionPath);
        assertThat(page().locator("main")).containsText(point);
        Locator download = page().getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download the progress report for the committee (PDF)"));
        APIResponse pdf = page().request().get(baseUrl() + download.getAttribute("href"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        assertThat(new String(Arrays.copyOf(pdf.body(), 4), StandardCharsets.US_ASCII)).isEqualTo("%PDF");

        visit("/inspections");
        assertThat(page().locator("main")).containsText("2024: Full inspection (ILACS)");
        visit("/inspection-readiness");
        assertThat(page().locator("main")).containsText("A sample of children an inspector might pick");
        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Self-evaluation").setExact(true)));
        follow(button("Draft from the measures"));
        assertThat(page().locator(".govuk-inset-text")).containsText("not saved yet");
        assertThat(page().locator("#OVERALL")).containsText("Last inspected on");
        follow(button("Save a revision"));
        assertThat(page().locator(".govuk-notification-banner")).containsText("Self-evaluation saved");
    }

    private Locator button(String name) {
        return page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
