package hearth.casesummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.chronology.Chronology;
import hearth.chronology.EntryCategory;
import hearth.chronology.NewEntry;
import hearth.people.PersonSummary;
import hearth.security.HearthUser;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.timescales.ObligationState;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A case summary goes stale with time and with significant events; reviewing it clears the prompts. */
@HearthTest
class CaseSummariesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CaseSummaries summaries;
    @Autowired
    Chronology chronology;
    @Autowired
    Obligations obligations;
    @Autowired
    MutableClock clock;

    Fixtures fx;
    String worker;
    String manager;
    PersonSummary child;

    @BeforeEach
    void anAllocatedChild() {
        fx = new Fixtures(context);
        manager = fx.unique("tm_summary");
        UUID team = fx.team(fx.service(), manager);
        fx.user(manager, "Manager " + fx.name("M"), Role.TEAM_MANAGER, team);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        child = fx.child("Sky", fx.name("Summary"), LocalDate.of(2015, 4, 1));
        fx.allocate(child.id(), team, worker);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSummaryNobodyHasWrittenNeedsWritingAndCannotBeConfirmed() {
        CaseSummaryView none = summaries.summaryOf(child.id());
        assertThat(none.written()).isFalse();
        assertThat(none.freshness().stale()).isTrue();
        assertThatThrownBy(() -> as(worker, () -> {
            summaries.markReviewed(child.id(), 0);
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessage("casesummary.error.nothingToReview");
    }

    @Test
    void aSummaryOlderThanTheLocalStandardNeedsReviewAndReviewingItClearsThePrompt() {
        writeAndReview();
        CaseSummaryView fresh = summaries.summaryOf(child.id());
        assertThat(fresh.freshness().stale()).isFalse();
        assertThat(fresh.lastReviewedBy()).isEqualTo(worker);
        assertThat(fresh.freshness().reviewDue()).isEqualTo(today().plusMonths(3));
        ObligationView prompt = open(CaseSummaries.REVIEW_RULE).orElseThrow();
        assertThat(prompt.responsible()).isEqualTo(worker);

        clock.advance(Duration.ofDays(93));
        CaseSummaryView old = summaries.summaryOf(child.id());
        assertThat(old.freshness().overdue()).isTrue();
        assertThat(old.freshness().stale()).isTrue();
        assertThat(obligations.find(prompt.id()).orElseThrow().state()).isEqualTo(ObligationState.OVERDUE);
        assertThat(summaries.needingReview(List.of(child.id()))).extracting(CaseSummaryView::childId)
                .containsExactly(child.id());

        as(worker, () -> {
            summaries.markReviewed(child.id(), old.version());
            return null;
        });
        assertThat(summaries.summaryOf(child.id()).freshness().stale()).isFalse();
        assertThat(summaries.needingReview(List.of(child.id()))).isEmpty();
        ObligationView next = open(CaseSummaries.REVIEW_RULE).orElseThrow();
        assertThat(next.id()).isNotEqualTo(prompt.id());
        assertThat(next.dueDate()).isAfter(today().plusMonths(2));
    }

    @Test
    void aSignificantEventSinceTheLastReviewPromptsTheWorkerUntilTheyReviewAgain() {
        writeAndReview();
        clock.advance(Duration.ofHours(2));
        as(worker, () -> chronology.add(new NewEntry(child.id(), today(), EntryCategory.POLICE,
                "Police called to the home after a fight between the adults", "PC Jones", true), List.of()));
        as(worker, () -> chronology.add(new NewEntry(child.id(), today(), EntryCategory.EDUCATION,
                "Attended the school play", "Class teacher", false), List.of()));

        CaseSummaryView stale = summaries.summaryOf(child.id());
        assertThat(stale.freshness().overdue()).isFalse();
        assertThat(stale.freshness().since()).extracting(SignificantEvent::summary)
                .containsExactly("Police called to the home after a fight between the adults");
        assertThat(stale.freshness().stale()).isTrue();

        assertThat(summaries.promptAfterSignificantEvents(List.of(child.id()))).isEqualTo(1);
        assertThat(summaries.promptAfterSignificantEvents(List.of(child.id()))).as("once only").isZero();
        ObligationView prompt = open(CaseSummaries.SIGNIFICANT_EVENT_RULE).orElseThrow();
        assertThat(obligations.openAssignedTo(worker)).extracting(ObligationView::id).contains(prompt.id());

        as(worker, () -> {
            summaries.markReviewed(child.id(), stale.version());
            return null;
        });
        assertThat(summaries.summaryOf(child.id()).freshness().stale()).isFalse();
        assertThat(open(CaseSummaries.SIGNIFICANT_EVENT_RULE)).isEmpty();
        assertThat(obligations.find(prompt.id()).orElseThrow().state()).isEqualTo(ObligationState.MET_ON_TIME);
    }

    @Test
    void anEditOverAVersionSomeoneElseChangedIsRefusedAndEveryRevisionIsKept() {
        as(worker, () -> {
            summaries.saveSection(child.id(), 0, SummarySection.WHY_INVOLVED, "Neglect: referred by school");
            return null;
        });
        long seen = summaries.summaryOf(child.id()).version();
        as(manager, () -> {
            summaries.saveSection(child.id(), seen, SummarySection.WHY_INVOLVED, "Neglect and domestic abuse");
            return null;
        });
        assertThatThrownBy(() -> as(worker, () -> {
            summaries.saveSection(child.id(), seen, SummarySection.WHY_INVOLVED, "My older text");
            return null;
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);

        assertThat(summaries.summaryOf(child.id()).section(SummarySection.WHY_INVOLVED))
                .isEqualTo("Neglect and domestic abuse");
        assertThat(summaries.history(child.id())).extracting(RevisionView::body)
                .containsExactlyInAnyOrder("Neglect: referred by school", "Neglect and domestic abuse");
    }

    private void writeAndReview() {
        as(worker, () -> {
            summaries.saveSection(child.id(), 0, SummarySection.WHO_THE_CHILD_IS, "Sky is 11 and loves drawing.");
            summaries.markReviewed(child.id(), summaries.summaryOf(child.id()).version());
            return null;
        });
    }

    private java.util.Optional<ObligationView> open(String rule) {
        return obligations.openFor(List.of(child.id())).stream().filter(o -> o.ruleId().equals(rule)).findFirst();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(MutableClock.LONDON));
    }

    private <T> T as(String username, Supplier<T> work) {
        HearthUser user = fx.signedIn(username);
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
