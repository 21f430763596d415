package hearth.casesummary;

import hearth.childrenincare.CarePeriodView;
import hearth.childrenincare.CareReviews;
import hearth.childrenincare.CareVisitView;
import hearth.childrenincare.ChildrenInCare;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The child's words at statutory visits while looked after (seen, seen alone), read through the children in care
 * context's published API; its reviews reach the voice through {@code CareReviewHeld}.
 */
@Component
class CareVisitVoice implements ChildVoiceSource {

    private final ChildrenInCare care;
    private final CareReviews reviews;

    CareVisitVoice(ChildrenInCare care, CareReviews reviews) {
        this.care = care;
        this.reviews = reviews;
    }

    @Override
    public List<ChildWords> wordsOf(UUID childId) {
        List<ChildWords> words = new ArrayList<>();
        for (CarePeriodView period : care.periodsFor(childId)) {
            for (CareVisitView v : reviews.visitsOf(period.id())) {
                if (v.seen()) {
                    words.add(new ChildWords(v.date(), "casesummary.voice.kind.careVisit", v.seenAlone(),
                            v.childWords(), "/care-periods/" + period.id()));
                }
            }
        }
        return words;
    }
}
