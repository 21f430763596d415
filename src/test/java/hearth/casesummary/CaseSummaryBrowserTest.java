package hearth.casesummary;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import hearth.childrenincare.CareReviewHeld;
import hearth.people.PersonSummary;
import hearth.security.HearthUser;
import hearth.security.Role;
import hearth.support.BrowserTest;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A worker is prompted to review a stale case summary and clears the prompt by reviewing it; an IRO edits, finalises
 * and downloads the letter Hearth drafted after a review. Every page is checked with axe.
 */
@HearthTest
class CaseSummaryBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CaseSummaries summaries;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MutableClock clock;

    Fixtures fx;
    String worker;
    String manager;
    String iro;
    PersonSummary child;

    @BeforeEach
    void aChildWithAReviewedSummary() {
        fx = new Fixtures(context);
        manager = fx.unique("tm_cs");
        UUID team = fx.team(fx.service(), manager);
        fx.user(manager, "Manager " + fx.name("M"), Role.TEAM_MANAGER, team);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        iro = fx.user(Role.CONFERENCE_CHAIR_IRO, team);
        child = fx.child("Rowan", fx.name("Summary"), LocalDate.of(2014, 6, 1));
        fx.allocate(child.id(), team, worker);
        as(worker, () -> {
            summaries.saveSection(child.id(), 0, SummarySection.WHO_THE_CHILD_IS, "Rowan is 12 and loves climbing.");
            summaries.markReviewed(child.id(), summaries.summaryOf(child.id()).version());
        });
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aStaleSummaryPromptsTheWorkerAndReviewingItClearsThePrompt() {
        clock.advance(Duration.ofDays(100));
        signIn(worker, Fixtures.PASSWORD);
        visit("/children/" + child.id());
        assertThat(page().locator(".hearth-badges")).containsText("Case summary needs review");
        Locator panel = panel("Case summary and the child's voice");
        assertThat(panel).containsText("This case summary needs review");
        follow(panel.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("View the case summary")));
        assertThat(page().locator(".govuk-warning-text")).containsText("it was due for review by");
        assertThat(page().locator("main")).containsText("Rowan is 12 and loves climbing.");

        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change Current plan and risks")));
        follow(button("Save"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Enter the summary");
        page().locator("#text").fill("Child in need plan; risk is mum's low mood.");
        follow(button("Save"));
        assertThat(page().locator(".govuk-notification-banner")).containsText("Case summary saved");
        assertThat(page().locator(".govuk-warning-text")).isVisible();

        follow(button("Confirm the summary is up to date"));
        assertThat(page().locator(".govuk-notification-banner")).containsText("Case summary confirmed up to date");
        assertThat(page().locator(".govuk-warning-text")).hasCount(0);
        assertThat(page().locator("#up-to-date")).containsText("Up to date");

        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History of this summary")));
        assertThat(page().locator("main")).containsText("Current plan and risks saved on");
        visit("/children/" + child.id() + "/voice");
        assertThat(page().locator("main")).containsText("No words of the child have been recorded yet.");
        visit("/children/" + child.id());
        assertThat(page().locator("main")).not().containsText("Case summary needs review");
        assertThat(panel("Case summary and the child's voice")).containsText("Up to date. Next review due by");
    }

    @Test
    void theManagerSeesStaleSummariesInTheirTeam() {
        clock.advance(Duration.ofDays(100));
        signIn(manager, Fixtures.PASSWORD);
        visit("/case-summaries");
        Locator row = page().locator("tr").filter(new Locator.FilterOptions().setHasText(child.fullName()));
        assertThat(row).containsText("due for review by");
    }

    @Test
    void anIroEditsFinalisesAndDownloadsTheLetterDraftedAfterAReview() {
        UUID reviewId = UUID.randomUUID();
        LocalDate held = LocalDate.now(clock.withZone(MutableClock.LONDON)).minusDays(1);
        transactions.executeWithoutResult(s -> events.publishEvent(new CareReviewHeld(child.id(), UUID.randomUUID(),
                reviewId, held, iro, "PN1", "I like my new school.", "School and contact with mum.",
                "You will see mum every other Saturday.")));
        signIn(iro, Fixtures.PASSWORD);
        visit("/children/" + child.id());
        Locator panel = panel("Case summary and the child's voice");
        assertThat(panel).containsText("0 final, 1 in draft");
        follow(panel.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Letters to the child")));
        follow(page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Letter about the review on")));
        Locator body = page().locator("#body");
        assertThat(body).containsText("Dear Rowan,");
        assertThat(body).containsText("You will see mum every other Saturday.");

        body.fill("");
        follow(button("Save the draft"));
        assertThat(page().locator(".govuk-error-summary")).containsText("Write the letter");
        page().locator("#body").fill("Dear Rowan,\n\nIt was good to see you. You told us you like your new school.");
        follow(button("Save the draft"));
        assertThat(page().locator(".govuk-notification-banner")).containsText("Letter saved");
        follow(button("Finalise the letter"));
        assertThat(page().locator(".govuk-notification-banner")).containsText("Letter finalised");
        assertThat(page().locator("main")).containsText("Final");
        assertThat(page().locator("#body")).hasCount(0);

        Locator download = page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the letter (PDF)"));
        String href = download.getAttribute("href");
        APIResponse pdf = page().request().get(baseUrl() + href);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        assertThat(new String(Arrays.copyOf(pdf.body(), 4), StandardCharsets.US_ASCII)).isEqualTo("%PDF");

        visit("/children/" + child.id() + "/voice");
        assertThat(page().locator("main")).containsText("I like my new school.");
        visit("/children/" + child.id() + "/chronology");
        assertThat(page().locator("table")).containsText("Letter to the child about their review");
    }

    private Locator panel(String title) {
        return page().locator(".govuk-summary-card").filter(new Locator.FilterOptions().setHas(page()
                .getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setExact(true))));
    }

    private Locator button(String name) {
        return page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void as(String username, Runnable work) {
        HearthUser user = fx.signedIn(username);
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
