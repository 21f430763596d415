package hearth.chronology;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import hearth.frontdoor.ContactView;
import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.BrowserTest;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A worker reads the chronology a contact and referral made, analyses the referral in the significant events view,
 * adds family history Hearth could not know, and marks it significant. Every page is checked with axe.
 */
@HearthTest
class ChronologyBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;

    Fixtures fx;
    String worker;
    PersonSummary child;

    @BeforeEach
    void aChildReferredThroughTheFrontDoor() {
        fx = new Fixtures(context);
        String manager = fx.unique("team_manager");
        UUID team = fx.team(fx.service(), manager);
        fx.user(manager, "Manager " + fx.name("M"), Role.TEAM_MANAGER, team);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        child = fx.child("Robin", fx.name("Chronicle"), LocalDate.of(2017, 7, 7));
        fx.allocate(child.id(), team, worker);
        ChronologyJourney journey = new ChronologyJourney(context, fx);
        ContactView contact = journey.contact(manager, child.id(), clock.instant().minus(Duration.ofHours(2)),
                List.of()).get(0);
        journey.referral(manager, contact.id());
    }

    @Test
    void aWorkerReadsAnalysesAndAddsToTheChronology() {
        signIn(worker, Fixtures.PASSWORD);
        visit("/children/" + child.id());
        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("View the chronology").setExact(true)));
        Locator table = page().locator("table");
        assertThat(table).containsText("Contact received from school (risk: medium)");
        assertThat(table).containsText("Referral to children's social care (from school)");

        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Significant events only").setExact(true)));
        Locator referral = page().locator(".govuk-summary-card").filter(new Locator.FilterOptions()
                .setHasText("Referral to children's social care"));
        follow(referral.getByRole(AriaRole.LINK).filter(new Locator.FilterOptions().setHasText("Add analysis")));
        page().locator("#analysis").fill("Second referral from school this term: the pattern matters more than each injury.");
        follow(page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save analysis").setExact(true)));
        assertThat(page().locator("main")).containsText("the pattern matters more than each injury");

        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an entry").setExact(true)));
        follow(page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add entry").setExact(true)));
        assertThat(page().locator(".govuk-error-summary")).containsText("Enter a real date the event happened");
        page().locator("#occurred").fill("12");
        page().locator("#occurred-month").fill("3");
        page().locator("#occurred-year").fill("2019");
        page().locator("#category").selectOption(new SelectOption().setValue("FAMILY_HISTORY"));
        page().locator("#summary").fill("Mother's previous partner convicted of assault; he has since moved back in.");
        page().locator("#source").fill("Maternal grandmother, at the assessment visit");
        page().locator("input[name=significant][value=no]").check();
        follow(page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add entry").setExact(true)));
        assertThat(page().locator(".govuk-notification-banner")).containsText("Entry added to the chronology");

        Locator row = page().locator("tr").filter(new Locator.FilterOptions().setHasText("previous partner convicted"));
        assertThat(row).containsText("12 Mar 2019");
        assertThat(row).containsText("Not significant");
        follow(row.getByRole(AriaRole.BUTTON).filter(new Locator.FilterOptions().setHasText("Mark significant")));
        assertThat(page().locator(".govuk-notification-banner")).containsText("Entry marked significant");

        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Significant events only").setExact(true)));
        assertThat(page().locator("main")).containsText("previous partner convicted of assault");
        assertThat(page().locator(".govuk-summary-card").first()).containsText("12 Mar 2019");
    }
}
