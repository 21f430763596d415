package hearth.casesummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.childrenincare.CareReviewHeld;
import hearth.chronology.Chronology;
import hearth.chronology.ChronologyFilter;
import hearth.chronology.EntryCategory;
import hearth.chronology.EntryView;
import hearth.people.PersonSummary;
import hearth.security.HearthUser;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a looked after child's review the IRO's letter to the child is drafted from the review, edited, finalised
 * and then never changes; the child's words at the review join their voice.
 */
@HearthTest
class ChildLettersTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ChildLetters letters;
    @Autowired
    ChildVoice voice;
    @Autowired
    Chronology chronology;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MutableClock clock;

    Fixtures fx;
    String iro;
    PersonSummary child;
    UUID reviewId;
    LocalDate held;

    @BeforeEach
    void aReviewWasHeld() {
        fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), fx.unique("tm_letters"));
        iro = fx.user(fx.unique("iro"), "Pat Reviewer", Role.CONFERENCE_CHAIR_IRO, team);
        child = fx.child("Jamie", fx.name("Letter"), LocalDate.of(2013, 2, 2));
        reviewId = UUID.randomUUID();
        held = LocalDate.now(clock.withZone(MutableClock.LONDON)).minusDays(2);
        transactions.executeWithoutResult(s -> events.publishEvent(new CareReviewHeld(child.id(), UUID.randomUUID(),
                reviewId, held, iro, "PN1", "I want to stay with my foster carers and see my sister more.",
                "How school is going and contact with your sister.", "You will stay with Sam and Alex. "
                        + "Contact with your sister goes up to every week.")));
    }

    @Test
    void theLetterIsDraftedOnceInPlainWordsFromTheReview() {
        List<LetterView> drafted = letters.lettersTo(child.id());
        assertThat(drafted).hasSize(1);
        LetterView letter = drafted.get(0);
        assertThat(letter.status()).isEqualTo(LetterStatus.DRAFT);
        assertThat(letter.reviewDate()).isEqualTo(held);
        assertThat(letter.body()).startsWith("Dear Jamie,")
                .contains("I want to stay with my foster carers and see my sister more.")
                .contains("How school is going").contains("Contact with your sister goes up to every week.")
                .contains("Pat Reviewer");

        transactions.executeWithoutResult(s -> events.publishEvent(new CareReviewHeld(child.id(), UUID.randomUUID(),
                reviewId, held, iro, "PN1", "again", "again", "again")));
        assertThat(letters.lettersTo(child.id())).as("one letter per review").hasSize(1);
    }

    @Test
    void theIroEditsAndFinalisesTheLetterAndAFinalLetterNeverChanges() {
        LetterView draft = letters.lettersTo(child.id()).get(0);
        LetterView edited = as(iro, () -> letters.edit(draft.id(), draft.version(), "Dear Jamie,\n\nThank you."));
        assertThat(edited.body()).isEqualTo("Dear Jamie,\n\nThank you.");
        assertThat(edited.editedBy()).isEqualTo(iro);
        assertThatThrownBy(() -> as(iro, () -> letters.edit(draft.id(), draft.version(), "Stale edit")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        LetterView last = as(iro, () -> letters.finalise(draft.id(), edited.version()));
        assertThat(last.isFinal()).isTrue();
        assertThat(last.finalisedBy()).isEqualTo(iro);
        assertThatThrownBy(() -> as(iro, () -> letters.edit(draft.id(), last.version(), "Changed after")))
                .isInstanceOf(IllegalStateException.class).hasMessage("casesummary.letter.error.final");
        assertThatThrownBy(() -> as(iro, () -> letters.finalise(draft.id(), last.version())))
                .isInstanceOf(IllegalStateException.class);
        assertThat(letters.find(draft.id()).orElseThrow().body()).isEqualTo("Dear Jamie,\n\nThank you.");

        List<EntryView> voiceEntries = chronology.entriesFor(child.id(), ChronologyFilter.ALL).stream()
                .filter(e -> e.category() == EntryCategory.CHILD_VOICE).toList();
        assertThat(voiceEntries).extracting(EntryView::summary).anyMatch(s -> s.contains("Letter to the child"))
                .anyMatch(s -> s.contains("I want to stay with my foster carers"));
    }

    @Test
    void theChildsWordsAtTheReviewJoinTheirVoice() {
        assertThat(voice.wordsOf(child.id())).singleElement().satisfies(w -> {
            assertThat(w.date()).isEqualTo(held);
            assertThat(w.kind()).isEqualTo("casesummary.voice.kind.careReview");
            assertThat(w.seenAlone()).isNull();
            assertThat(w.words()).isEqualTo("I want to stay with my foster carers and see my sister more.");
        });
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
