package hearth.returns.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import hearth.security.Role;
import hearth.support.BrowserTest;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A performance officer produces the CIN census from the Returns link and downloads it, and Annex A as of a date
 * (refused in the future); axe on every page.
 */
@HearthTest
class ReturnsBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aPerformanceOfficerProducesTheCensusAfterCorrectingTheYear() throws Exception {
        Fixtures fx = new Fixtures(context);
        String officer = fx.user(Role.PERFORMANCE_OFFICER, null);
        signIn(officer, Fixtures.PASSWORD);
        follow(page().getByLabel("Menu").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Returns").setExact(true)));
        assertThat(page().locator("h1")).hasText("Statutory returns");

        // the year is the CIN census's and SSDA903's (Annex A, first on the page, runs to its as-of date)
        page().getByLabel("Children in Need census").check();
        page().locator("#year").fill("last year");
        follow(button("Produce the return"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Collection year must be a year");
        assertThat(page().locator("#year")).hasValue("last year");

        page().getByLabel("Children in Need census").check();
        page().locator("#year").fill(String.valueOf(LocalDate.now().getYear()));
        follow(button("Produce the return"));
        assertThat(page().locator("main")).containsText("Return ready",
                new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        checkAccessibility();
        assertThat(page().locator("main")).containsText("Wrote");

        Download download = page().waitForDownload(() -> page().getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download the Children in Need census")).click());
        org.assertj.core.api.Assertions.assertThat(Files.readString(download.path()))
                .contains("<Collection>CIN</Collection>");
    }

    @Test
    void annexARunsToTheDateAskedWhichCannotBeInTheFuture() throws Exception {
        Fixtures fx = new Fixtures(context);
        signIn(fx.user(Role.PERFORMANCE_OFFICER, null), Fixtures.PASSWORD);
        visit("/returns");
        page().getByLabel("Ofsted Annex A").check();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        assertThat(page().locator("#asOf")).hasValue(String.valueOf(today.getDayOfMonth()));
        assertThat(page().locator("#asOf-year")).hasValue(String.valueOf(today.getYear()));

        LocalDate future = today.plusMonths(1);
        page().locator("#asOf").fill(String.valueOf(future.getDayOfMonth()));
        page().locator("#asOf-month").fill(String.valueOf(future.getMonthValue()));
        page().locator("#asOf-year").fill(String.valueOf(future.getYear()));
        follow(button("Produce the return"));
        assertThat(page().locator(".govuk-error-summary"))
                .containsText("The date Annex A runs to must be today or in the past");
        page().locator(".govuk-error-summary a").click();
        assertThat(page().locator("#asOf")).isFocused();

        LocalDate asOf = today.minusDays(1);
        page().locator("#asOf").fill(String.valueOf(asOf.getDayOfMonth()));
        page().locator("#asOf-month").fill(String.valueOf(asOf.getMonthValue()));
        page().locator("#asOf-year").fill(String.valueOf(asOf.getYear()));
        follow(button("Produce the return"));
        assertThat(page().locator("main")).containsText("Return ready",
                new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        checkAccessibility();
        assertThat(page().locator("main")).containsText("Annex A as of " + asOf);
        Download download = page().waitForDownload(() -> page().getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download the Ofsted Annex A as of")).click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("annex-a-" + asOf + ".xlsx");
    }

    private Locator button(String name) {
        return page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
