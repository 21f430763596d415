package hearth.recording;

import hearth.notifications.Notifications;
import hearth.platform.web.NotFoundException;
import hearth.recording.domain.CaseNote;
import hearth.recording.domain.CaseNoteRepository;
import hearth.recording.domain.NoteAddendum;
import hearth.recording.domain.NoteAddendumRepository;
import hearth.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API for case notes: start a draft, change it, finalise it (it is then never edited, and the people
 * chosen are alerted), add an addendum with a reason, void with a reason. Edits take the version the worker saw;
 * a stale one is refused ({@link ObjectOptimisticLockingFailureException}); a forbidden change throws
 * {@link IllegalStateException} with a message key.
 */
@Service
public class CaseNotes {

    private final CaseNoteRepository notes;
    private final NoteAddendumRepository addenda;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseNotes(CaseNoteRepository notes, NoteAddendumRepository addenda, Notifications notifications,
            ApplicationEventPublisher events, Clock clock) {
        this.notes = notes;
        this.addenda = addenda;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** Saves a new note as a draft. */
    @Transactional
    public NoteView draft(NewNote note) {
        CaseNote saved = notes.saveAndFlush(new CaseNote(note.childId(), note.type(), note.occurredAt(),
                note.significant(), note.body(), note.alertUsers(), CurrentUser.username(), clock.instant()));
        return view(saved);
    }

    /** Saves a new note and finalises it at once. */
    @Transactional
    public NoteView record(NewNote note) {
        NoteView draft = draft(note);
        return finalise(draft.id(), draft.version());
    }

    /** Changes a draft over the version the worker saw; a final note refuses. */
    @Transactional
    public NoteView edit(UUID noteId, long seenVersion, NewNote changed) {
        CaseNote note = require(noteId, seenVersion);
        note.edit(changed.type(), changed.occurredAt(), changed.significant(), changed.body(), changed.alertUsers());
        return view(notes.saveAndFlush(note));
    }

    /** Finalises a draft: it joins the chronology and the people chosen are alerted. */
    @Transactional
    public NoteView finalise(UUID noteId, long seenVersion) {
        CaseNote note = require(noteId, seenVersion);
        note.finalise(CurrentUser.username(), clock.instant());
        notes.saveAndFlush(note);
        String excerpt = note.getBody().length() > 300 ? note.getBody().substring(0, 299) + "\u2026" : note.getBody();
        events.publishEvent(new CaseNoteFinalised(note.getChildId(), note.getId(), note.getType(),
                note.getOccurredAt(), note.isSignificant(), excerpt));
        for (String user : note.alertUsers()) {
            notifications.notify(user, note.getChildId(), "recording.notification.note", excerpt,
                    "/case-notes/" + note.getId());
        }
        return view(note);
    }

    /** Adds to a finalised note, with why; addenda are kept in the order they were added. */
    @Transactional
    public NoteView addAddendum(UUID noteId, String reason, String body) {
        CaseNote note = require(noteId);
        addenda.saveAndFlush(new NoteAddendum(note, reason, body, CurrentUser.username(), clock.instant()));
        return view(note);
    }

    /** Voids a note recorded in error (kept, marked void); a final one leaves the chronology. */
    @Transactional
    public NoteView voidNote(UUID noteId, long seenVersion, String reason) {
        CaseNote note = require(noteId, seenVersion);
        note.voidNote(reason, CurrentUser.username(), clock.instant());
        notes.saveAndFlush(note);
        if (note.getStatus() == NoteStatus.FINAL) {
            events.publishEvent(new CaseNoteVoided(note.getChildId(), note.getId(), note.getVoidReason()));
        }
        return view(note);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<NoteView> find(UUID noteId) {
        return notes.findById(noteId).map(this::view);
    }

    /** The child's notes, latest event first: finals and the reader's own drafts; voided ones included, marked. */
    @Transactional(readOnly = true)
    public List<NoteView> notesFor(UUID childId) {
        String me = CurrentUser.username();
        List<CaseNote> found = notes.findByChildIdOrderByOccurredAtDesc(childId).stream()
                .filter(n -> n.getStatus() == NoteStatus.FINAL || n.getCreatedBy().equals(me)).toList();
        Map<UUID, List<AddendumView>> byNote = addendaOf(found.stream().map(CaseNote::getId).toList());
        return found.stream().map(n -> view(n, byNote.getOrDefault(n.getId(), List.of()))).toList();
    }

    private Map<UUID, List<AddendumView>> addendaOf(List<UUID> noteIds) {
        if (noteIds.isEmpty()) {
            return Map.of();
        }
        return addenda.findByNoteIdInOrderByAddedAtAscIdAsc(noteIds).stream().collect(Collectors.groupingBy(
                NoteAddendum::getNoteId, Collectors.mapping(a -> new AddendumView(a.getId(), a.getReason(),
                        a.getBody(), a.getAddedBy(), a.getAddedAt()), Collectors.toList())));
    }

    private NoteView view(CaseNote n) {
        return view(n, addendaOf(List.of(n.getId())).getOrDefault(n.getId(), List.of()));
    }

    private static NoteView view(CaseNote n, List<AddendumView> added) {
        return new NoteView(n.getId(), n.getChildId(), n.getType(), n.getOccurredAt(), n.isSignificant(),
                n.getBody(), n.alertUsers(), n.getStatus(), n.getCreatedBy(), n.getCreatedAt(), n.getFinalisedBy(),
                n.getFinalisedAt(), n.isVoided(), n.getVoidReason(), n.getVoidedBy(), n.getVoidedAt(), added,
                n.getVersion());
    }

    private CaseNote require(UUID id, long seenVersion) {
        CaseNote note = require(id);
        if (note.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(CaseNote.class, id);
        }
        return note;
    }

    private CaseNote require(UUID id) {
        return notes.findById(id).orElseThrow(() -> new NotFoundException("Case note"));
    }
}
