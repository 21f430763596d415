package hearth.casesummary;

import hearth.casesummary.domain.VoiceStore;
import hearth.childrenincare.CareReviewHeld;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.workforce.WorkerView;
import hearth.workforce.Workforce;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a looked after child's review is held: keeps the child's own words for their voice, and drafts the IRO's
 * letter to the child from what the review discussed and decided, in plain language, for the IRO to edit.
 */
@Component
class CareReviewWordsAndLetter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private final VoiceStore voice;
    private final ChildLetters letters;
    private final People people;
    private final Workforce workforce;
    private final MessageSource messages;
    private final Clock clock;

    CareReviewWordsAndLetter(VoiceStore voice, ChildLetters letters, People people, Workforce workforce,
            MessageSource messages, Clock clock) {
        this.voice = voice;
        this.letters = letters;
        this.people = people;
        this.workforce = workforce;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void on(CareReviewHeld review) {
        voice.keep(new VoiceStore.CareReviewWords(review.childId(), review.reviewId(), review.date(),
                review.participation(), review.childViews()), clock.instant());
        letters.draft(review.childId(), review.reviewId(), review.date(), review.chairedBy(), draft(review));
    }

    /** The first draft of the letter, in plain words, addressed to the child by their first name. */
    String draft(CareReviewHeld review) {
        String name = people.find(review.childId()).map(PersonSummary::firstName).orElse("");
        String iro = review.chairedBy() == null ? text("casesummary.letter.draft.yourIro")
                : workforce.worker(review.chairedBy()).map(WorkerView::displayName).orElse(review.chairedBy());
        StringBuilder letter = new StringBuilder();
        letter.append(text("casesummary.letter.draft.greeting", name)).append("\n\n");
        letter.append(text("casesummary.letter.draft.opening", DATE.format(review.date()))).append("\n\n");
        if (present(review.childViews())) {
            letter.append(text("casesummary.letter.draft.youSaid")).append("\n").append(review.childViews().strip())
                    .append("\n\n");
        }
        if (present(review.discussed())) {
            letter.append(text("casesummary.letter.draft.discussed")).append("\n").append(review.discussed().strip())
                    .append("\n\n");
        }
        if (present(review.decisions())) {
            letter.append(text("casesummary.letter.draft.decided")).append("\n").append(review.decisions().strip())
                    .append("\n\n");
        }
        letter.append(text("casesummary.letter.draft.closing")).append("\n\n");
        letter.append(text("casesummary.letter.draft.signOff", iro));
        return letter.toString();
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }
}
