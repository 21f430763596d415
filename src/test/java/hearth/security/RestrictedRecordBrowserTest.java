package hearth.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import hearth.notifications.Notifications;
import hearth.people.PersonSummary;
import hearth.support.BrowserTest;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@HearthTest
class RestrictedRecordBrowserTest extends BrowserTest {

    private static final String REASON = "Police strategy discussion about this child is happening now";

    @Autowired
    ApplicationContext context;
    @Autowired
    RecordAccess access;
    @Autowired
    Notifications notifications;

    Fixtures fx;
    String manager;
    String worker;
    String workerName;
    PersonSummary child;

    @BeforeEach
    void aRestrictedRecordInTheWorkersTeam() {
        fx = new Fixtures(context);
        UUID service = fx.service();
        manager = fx.unique("team_manager");
        UUID team = fx.team(service, manager);
        fx.user(manager, "Manager " + fx.name("M"), Role.TEAM_MANAGER, team);
        workerName = "Sam " + fx.name("Worker");
        worker = fx.user(fx.unique("social_worker"), workerName, Role.SOCIAL_WORKER, team);
        String restrictedBy = fx.user(Role.SERVICE_MANAGER, null);

        child = fx.child("Morgan", fx.name("Restricted"), LocalDate.of(2013, 9, 21));
        fx.allocate(child.id(), team, worker);
        HearthUser user = fx.signedIn(restrictedBy);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            access.restrict(child.id(), "A member of staff's child", Set.of(restrictedBy));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aWorkerNotOnTheListBreaksTheGlassWithAReasonAndTheTeamManagerIsTold() throws InterruptedException {
        signIn(worker, Fixtures.PASSWORD);
        visit("/children/" + child.id());

        assertThat(heading()).hasText("This record is restricted");
        // rendered by an exception handler, it still has the whole layout: who is signed in, the menu, the banner
        assertThat(page().getByRole(AriaRole.BANNER)).containsText(workerName);
        assertThat(page().getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"))).containsText("Find a child");
        assertThat(page().locator(".hearth-demo-banner")).isVisible();
        assertThat(page().locator("main")).not().containsText(child.lastName());
        assertThat(page().locator("main")).not().containsText(child.laChildId());

        Locator reason = page().getByLabel("Why do you need to see this record?");
        reason.fill("urgent");
        follow(openTheRecord());

        assertThat(page()).hasTitle(Pattern.compile("^Error: This record is restricted"));
        Locator summary = page().locator(".govuk-error-summary");
        assertThat(summary).isFocused();
        Locator link = summary.getByRole(AriaRole.LINK);
        assertThat(link).hasText("Enter why you need to see this record, in at least 10 characters");
        assertThat(link).hasAttribute("href", "#reason");
        assertThat(page().locator("#reason-error")).containsText("in at least 10 characters");
        assertThat(reason).hasValue("urgent");
        assertThat(reason).hasAttribute("aria-describedby", Pattern.compile("\\breason-error\\b"));
        link.click();
        assertThat(reason).isFocused();

        reason.fill(REASON);
        follow(openTheRecord());

        assertThat(page()).hasURL(baseUrl() + "/people/" + child.id());
        assertThat(heading()).hasText("Morgan " + child.lastName());
        assertThat(page().locator(".hearth-badges")).containsText("Restricted record");

        follow(page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")));
        awaitNotificationFor(manager);
        signIn(manager, Fixtures.PASSWORD);
        follow(page().getByRole(AriaRole.BANNER).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(Pattern.compile("^Notifications"))));

        assertThat(heading()).hasText("Notifications");
        Locator alert = page().getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(worker));
        assertThat(alert).containsText("Someone opened a record you manage by breaking the glass");
        assertThat(alert).containsText(workerName + " (" + worker + "): " + REASON);
        assertThat(alert).containsText("New");
        assertThat(alert.getByRole(AriaRole.LINK)).hasAttribute("href", "/children/" + child.id());
    }

    /** The alert is sent after the break-glass transaction commits, on another thread. */
    private void awaitNotificationFor(String username) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (notifications.recent(username, 10).stream().noneMatch(n -> child.id().equals(n.subjectId()))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No notification reached " + username + " within 10 s");
            }
            Thread.sleep(100);
        }
    }

    private Locator heading() {
        return page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private Locator openTheRecord() {
        return page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the record"));
    }
}
