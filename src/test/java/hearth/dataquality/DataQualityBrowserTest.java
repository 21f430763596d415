package hearth.dataquality;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.BrowserTest;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A performance officer opens Data quality from the menu, finds a deliberately broken record under its DfE code and
 * follows the link to the child; axe on every page.
 */
@HearthTest
class DataQualityBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aPerformanceOfficerFindsTheBrokenRecordUnderItsRuleAndOpensTheChild() {
        Fixtures fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        String worker = fx.user(Role.SOCIAL_WORKER, team);
        PersonSummary child = BrokenRecords.childWithBadUpn(context, fx, team, worker);
        String officer = fx.user(Role.PERFORMANCE_OFFICER, null);
        signIn(officer, Fixtures.PASSWORD);
        follow(page().getByLabel("Menu").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Data quality").setExact(true)));
        assertThat(page().locator("h1")).hasText("Data quality");
        // the page shows the last check while it is recent: the officer asks for a check that includes the child
        follow(page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check again now and keep the counts")));
        assertThat(page().locator("#checked-at")).containsText("Checked at");
        Locator rule = page().locator("#rule-1530");
        assertThat(rule).containsText("UPN invalid (characters 2-4 not a recognised LA code)");
        follow(rule.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(child.fullName()).setExact(true)));
        assertThat(page().locator("main")).containsText(child.lastName());
    }
}
