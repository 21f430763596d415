package hearth.fostering;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import hearth.security.Role;
import hearth.support.BrowserTest;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A manager records a foster carer enquiry and its assessment, and prospective adopters' enquiry and stage 1. */
@HearthTest
class FosterCarersBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    Fixtures fx;
    String manager;
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @BeforeEach
    void aManager() {
        fx = new Fixtures(context);
        manager = fx.unique("team_manager");
        fx.user(manager, "Manager " + fx.name("M"), Role.TEAM_MANAGER, fx.team(fx.service(), manager));
    }

    @Test
    void aFosterCarerEnquiryMovesToAssessmentAndAdoptersStartStageOne() {
        signIn(manager, Fixtures.PASSWORD);
        String household = "Jones " + fx.name("Household");
        visit("/fostering");
        follow(link("Record an enquiry to foster"));
        follow(button("Save"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Enter the household's name");
        page().locator("#householdName").fill(household);
        date("enquiryOn");
        follow(button("Save"));
        follow(link(household));
        follow(link("Record the next stage"));
        page().locator("input[name=stage][value=ASSESSMENT]").check();
        date("stageOn");
        follow(button("Save"));
        assertThat(page().locator("main")).containsText("Assessment started");

        String adopters = "Patel " + fx.name("Adopters");
        visit("/adoption/adopters");
        follow(link("Record an enquiry to adopt"));
        page().locator("#adoptersName").fill(adopters);
        date("enquiryOn");
        follow(button("Save"));
        follow(link("Record the next stage for " + adopters));
        page().locator("input[name=adopterStage][value=STAGE_ONE]").check();
        date("stageOn");
        follow(button("Save"));
        assertThat(page().locator("tr").filter(new Locator.FilterOptions().setHasText(adopters)))
                .containsText("Stage 1");
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
