package hearth.work.web;

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
import hearth.work.Duties;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@HearthTest
class MyWorkBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    Duties duties;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aWorkersOverdueAssessmentShowsOnMyWorkAndWhyItIsDueNamesTheRuleAndItsSource() {
        Fixtures fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        String worker = fx.user(Role.SOCIAL_WORKER, team);
        PersonSummary child = fx.child("Nia", "Browser", LocalDate.of(2017, 9, 1));
        fx.allocate(child.id(), team, worker);
        clock.setDate(LocalDate.parse("2031-03-03"));
        duties.open(child.id(), "assessment-45-working-days", LocalDate.parse("2031-03-03"), "Referral from health visitor");

        signIn(worker, Fixtures.PASSWORD);
        follow(page().locator("#navigation").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("My work").setExact(true)));
        Locator row = page().locator("tr", new Page.LocatorOptions().setHasText("Nia Browser"));
        assertThat(row).containsText("Child and family assessment");
        assertThat(row).containsText("Upcoming");

        clock.setDate(LocalDate.parse("2031-06-30"));
        visit("/my-work");
        row = page().locator("tr", new Page.LocatorOptions().setHasText("Nia Browser"));
        assertThat(row.locator(".govuk-tag--red")).hasText("Overdue");
        assertThat(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nia Browser")))
                .hasAttribute("href", "/children/" + child.id());

        follow(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(
                java.util.regex.Pattern.compile("^Why is this due"))));
        assertThat(page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Child and family assessment");
        assertThat(page().locator("main")).containsText("3 March 2031: Referral from health visitor");
        assertThat(page().locator("main")).containsText("Working Together to Safeguard Children 2023");
    }

    @Test
    void theTeamWorkerAndTimelinessPagesMeetWcag() {
        Fixtures fx = new Fixtures(context);
        UUID service = fx.service();
        UUID team = fx.team(service, null);
        String manager = fx.user(Role.SERVICE_MANAGER, team);
        String worker = fx.user(Role.SOCIAL_WORKER, team);
        String away = fx.user(Role.SOCIAL_WORKER, team);
        fx.team(service, null);
        clock.setDate(LocalDate.parse("2031-03-03"));
        PersonSummary allocated = fx.child("Oli", "Browser", LocalDate.of(2015, 2, 1));
        fx.allocate(allocated.id(), team, worker);
        duties.open(allocated.id(), "referral-decision", LocalDate.parse("2031-02-03"), "Referral");
        PersonSummary held = fx.child("Pia", "Browser", LocalDate.of(2016, 2, 1));
        fx.allocate(held.id(), team, null);
        PersonSummary absent = fx.child("Quin", "Browser", LocalDate.of(2014, 2, 1));
        fx.allocate(absent.id(), team, away);
        context.getBean(hearth.workforce.Workforce.class).markAbsent(away, LocalDate.parse("2031-02-20"));

        signIn(manager, Fixtures.PASSWORD);
        follow(page().locator("#navigation").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Team").setExact(true)));
        assertThat(page().locator("#on-duty ~ table").first()).containsText("Pia Browser");
        assertThat(page().locator("main")).containsText("Quin Browser");
        follow(page().locator("tr", new Page.LocatorOptions().setHasText("Test SOCIAL_WORKER")).first()
                .getByRole(AriaRole.LINK).first());
        assertThat(page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Test SOCIAL_WORKER");
        follow(page().locator("#navigation").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Timeliness").setExact(true)));
        assertThat(page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Timeliness by measure");
    }
}
