package hearth.casesummary;

import hearth.casesummary.domain.LetterStore;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API: the independent reviewing officer's letters to the child after a review. Hearth drafts each from
 * the review as held, in plain language; the IRO edits the draft (over the version they saw) and finalises it.
 * A final letter never changes and stays on the child's record.
 */
@Service
public class ChildLetters {

    /** The longest letter. */
    public static final int MAX_LETTER = 12000;
    private final LetterStore letters;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChildLetters(LetterStore letters, ApplicationEventPublisher events, Clock clock) {
        this.letters = letters;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<LetterView> find(UUID id) {
        return letters.find(id);
    }

    /** The child's letters, latest review first. */
    @Transactional(readOnly = true)
    public List<LetterView> lettersTo(UUID childId) {
        return letters.forChild(childId);
    }

    /** Drafts not yet finalised, oldest review first. */
    @Transactional(readOnly = true)
    public List<LetterView> drafts() {
        return letters.drafts();
    }

    /** Drafts the letter for a review (once per review); answers the new draft's id, if one was made. */
    @Transactional
    public Optional<UUID> draft(UUID childId, UUID reviewId, java.time.LocalDate reviewDate, String chairedBy,
            String body) {
        return letters.draft(childId, reviewId, reviewDate, chairedBy, body, clock.instant());
    }

    /** Saves the IRO's wording over the version they saw; a final letter is refused. */
    @Transactional
    public LetterView edit(UUID id, long seenVersion, String body) {
        LetterView letter = requireDraft(id);
        if (body == null || body.isBlank() || body.length() > MAX_LETTER) {
            throw new IllegalArgumentException("casesummary.letter.error.body");
        }
        letters.edit(letter.id(), seenVersion, body.strip(), CurrentUser.username(), clock.instant());
        return letters.find(id).orElseThrow();
    }

    /** Finalises the letter over the version the IRO saw; from now on it never changes. */
    @Transactional
    public LetterView finalise(UUID id, long seenVersion) {
        LetterView letter = requireDraft(id);
        Instant now = clock.instant();
        String by = CurrentUser.username();
        letters.finalise(id, seenVersion, by, now);
        events.publishEvent(new ChildLetterFinalised(letter.childId(), id, letter.reviewDate(), now, by));
        return letters.find(id).orElseThrow();
    }

    private LetterView requireDraft(UUID id) {
        LetterView letter = letters.find(id).orElseThrow(() -> new NotFoundException("Letter"));
        if (letter.isFinal()) {
            throw new IllegalStateException("casesummary.letter.error.final");
        }
        return letter;
    }
}
