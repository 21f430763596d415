package hearth.performance;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A leader opens Performance from the navigation, opens the re-referrals measure, sees its chart and the numbers by
 * team, and follows a month to the children behind it; axe on every page.
 */
@HearthTest
class PerformanceBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;

    MeasureJourneys journeys;
    PersonSummary child;
    String leader;

    @BeforeEach
    void aChildReferredAgainWithinTheYear() {
        journeys = new MeasureJourneys(context);
        leader = journeys.fx.user(Role.PERFORMANCE_OFFICER, null);
        child = journeys.child("Ria", LocalDate.of(2054, 2, 2), LocalDate.of(2060, 11, 1));
        journeys.referral(child.id(), LocalDate.of(2060, 11, 20));
        journeys.referral(child.id(), LocalDate.of(2061, 4, 7));
        clock.setDate(LocalDate.of(2061, 4, 20));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aLeaderOpensAMeasureItsChartAndTheChildrenBehindAMonth() {
        signIn(leader, Fixtures.PASSWORD);
        follow(page().locator("a.govuk-service-navigation__link[href='/performance']"));
        assertThat(page().locator("h1")).hasText("Performance");
        assertThat(page().locator("main")).containsText("Front door");

        follow(link("Re-referrals within 12 months of a previous referral"));
        assertThat(page().locator("h1")).hasText("Re-referrals within 12 months of a previous referral");
        assertThat(page().locator("main svg[role=img] title"))
                .hasText("Re-referrals within 12 months of a previous referral, per cent by month for the last 12 months");
        assertThat(page().locator("main")).containsText("By team");

        follow(link("Show the children April 2061"));
        assertThat(page().locator("h1")).containsText("Children behind");
        assertThat(page().locator("main")).containsText("April 2061");
        follow(link(child.fullName()));
        assertThat(page().locator("h1")).containsText(child.firstName());
    }

    private Locator link(String name) {
        return page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
