package hearth.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.chronology.Chronology;
import hearth.chronology.ChronologyFilter;
import hearth.chronology.EntryCategory;
import hearth.chronology.EntryView;
import hearth.notifications.Notifications;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

@HearthTest
class CaseNotesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CaseNotes notes;
    @Autowired
    Chronology chronology;
    @Autowired
    Notifications notifications;
    @Autowired
    MutableClock clock;

    RecordingSetup s;
    Instant visit;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 3, 10, 16, 0).atZone(MutableClock.LONDON).toInstant());
        s = new RecordingSetup(context);
        visit = LocalDateTime.of(2026, 3, 9, 14, 30).atZone(MutableClock.LONDON).toInstant();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    NewNote note(String body, boolean significant, List<String> alert) {
        return new NewNote(s.child.id(), NoteType.HOME_VISIT, visit, significant, body, alert);
    }

    @Test
    void aDraftCanBeChangedButOnceFinalisedItCannotBeEditedAgain() {
        NoteView draft = s.as(s.worker, () -> notes.draft(note("Saw Robin at home.", false, List.of())));
        assertThat(draft.isDraft()).isTrue();
        NoteView changed = s.as(s.worker, () -> notes.edit(draft.id(), draft.version(),
                note("Saw Robin at home with mum.", false, List.of())));
        NoteView fin = s.as(s.worker, () -> notes.finalise(changed.id(), changed.version()));

        assertThat(fin.isFinal()).isTrue();
        assertThat(fin.finalisedBy()).isEqualTo(s.worker);
        assertThatThrownBy(() -> s.as(s.worker, () -> notes.edit(fin.id(), fin.version(),
                note("Rewritten history", false, List.of()))))
                .isInstanceOf(IllegalStateException.class).hasMessage("recording.note.error.finalised");
        assertThatThrownBy(() -> s.as(s.worker, () -> notes.finalise(fin.id(), fin.version())))
                .isInstanceOf(IllegalStateException.class);
        assertThat(notes.find(fin.id()).orElseThrow().body()).isEqualTo("Saw Robin at home with mum.");
    }

    @Test
    void aStaleEditIsRefused() {
        NoteView draft = s.as(s.worker, () -> notes.draft(note("First words", false, List.of())));
        s.as(s.worker, () -> notes.edit(draft.id(), draft.version(), note("Second words", false, List.of())));
        assertThatThrownBy(() -> s.as(s.worker, () -> notes.edit(draft.id(), draft.version(),
                note("Lost update", false, List.of())))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void addendaAreKeptInOrderWithWhoAndWhenAndOnlyOnFinalisedNotes() {
        NoteView draft = s.as(s.worker, () -> notes.draft(note("Draft only", false, List.of())));
        assertThatThrownBy(() -> s.as(s.worker, () -> notes.addAddendum(draft.id(), "Forgot", "More")))
                .isInstanceOf(IllegalStateException.class).hasMessage("recording.note.error.notFinal");

        NoteView fin = s.as(s.worker, () -> notes.record(note("Visit went well.", false, List.of())));
        s.as(s.worker, () -> notes.addAddendum(fin.id(), "Forgot to record", "Dog in the house."));
        clock.advance(Duration.ofHours(2));
        NoteView after = s.as(s.manager, () -> notes.addAddendum(fin.id(), "Manager's check", "Agree."));

        assertThat(after.body()).isEqualTo("Visit went well.");
        assertThat(after.addenda()).extracting(AddendumView::body).containsExactly("Dog in the house.", "Agree.");
        assertThat(after.addenda()).extracting(AddendumView::addedBy).containsExactly(s.worker, s.manager);
        assertThat(after.addenda().get(1).addedAt()).isEqualTo(clock.instant());
        assertThatThrownBy(() -> s.as(s.worker, () -> notes.addAddendum(fin.id(), " ", "text")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyFinalisedNoteIsOnTheChronologyAndSignificantOnesAreMarkedSo() {
        NoteView plain = s.as(s.worker, () -> notes.record(note("Routine call about school.", false, List.of())));
        NoteView big = s.as(s.worker, () -> notes.record(note("Disclosure of harm by Robin.", true, List.of())));
        s.as(s.worker, () -> notes.draft(note("Still a draft", true, List.of())));

        List<EntryView> entries = chronology.entriesFor(s.child.id(), ChronologyFilter.ALL).stream()
                .filter(e -> e.category() == EntryCategory.CASE_NOTE).toList();
        assertThat(entries).hasSize(2);
        EntryView significant = entries.stream().filter(e -> e.link().equals("/case-notes/" + big.id()))
                .findFirst().orElseThrow();
        assertThat(significant.significant()).isTrue();
        assertThat(significant.summary()).contains("home visit").contains("Disclosure of harm");
        assertThat(significant.occurredAt()).isEqualTo(visit);
        assertThat(entries.stream().filter(e -> e.link().equals("/case-notes/" + plain.id())).findFirst()
                .orElseThrow().significant()).isFalse();
    }

    @Test
    void voidingNeedsAReasonKeepsTheNoteAndTakesItOffTheChronology() {
        NoteView fin = s.as(s.worker, () -> notes.record(note("Recorded on the wrong child.", true, List.of())));
        assertThatThrownBy(() -> s.as(s.manager, () -> notes.voidNote(fin.id(), fin.version(), "")))
                .isInstanceOf(IllegalArgumentException.class);
        NoteView voided = s.as(s.manager, () -> notes.voidNote(fin.id(), fin.version(), "Wrong child"));

        assertThat(voided.voided()).isTrue();
        assertThat(voided.voidReason()).isEqualTo("Wrong child");
        assertThat(voided.voidedBy()).isEqualTo(s.manager);
        assertThat(notes.find(fin.id())).isPresent();
        assertThat(chronology.entriesFor(s.child.id(), ChronologyFilter.ALL))
                .noneMatch(e -> ("/case-notes/" + fin.id()).equals(e.link()));
        assertThat(chronology.voidedFor(s.child.id())).anyMatch(e -> ("/case-notes/" + fin.id()).equals(e.link())
                && "Wrong child".equals(e.voidReason()));
        assertThatThrownBy(() -> s.as(s.worker, () -> notes.addAddendum(fin.id(), "Late", "More")))
                .isInstanceOf(IllegalStateException.class).hasMessage("recording.note.error.voided");
    }

    @Test
    void thePeopleChosenAreAlertedWhenTheNoteIsFinalisedNotBefore() {
        NoteView draft = s.as(s.worker, () -> notes.draft(note("Please read: worrying visit.", true,
                List.of(s.manager))));
        assertThat(notifications.recent(s.manager, 10)).noneMatch(n -> n.link().equals("/case-notes/" + draft.id()));
        s.as(s.worker, () -> notes.finalise(draft.id(), draft.version()));
        assertThat(notifications.recent(s.manager, 10)).anyMatch(n -> n.link().equals("/case-notes/" + draft.id())
                && n.subjectId().equals(s.child.id()) && n.detail().contains("worrying visit"));
    }

    @Test
    void othersDraftsAreNotPartOfTheRecord() {
        NoteView mine = s.as(s.worker, () -> notes.draft(note("My private draft", false, List.of())));
        assertThat(s.as(s.worker, () -> notes.notesFor(s.child.id()))).extracting(NoteView::id).contains(mine.id());
        assertThat(s.as(s.manager, () -> notes.notesFor(s.child.id()))).extracting(NoteView::id)
                .doesNotContain(mine.id());
    }
}
