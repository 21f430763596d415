package hearth.casesummary;

import hearth.casesummary.domain.VoiceStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API: the child's wishes and feelings in their own words over time, gathered from every context that
 * records them (visits, reviews, conferences, assessments through {@link ChildVoiceSource}) and from looked after
 * children's reviews (kept here as the reviews are held). Occasions with no words recorded are left out.
 */
@Service
public class ChildVoice {

    private final List<ChildVoiceSource> sources;
    private final VoiceStore careReviews;

    ChildVoice(List<ChildVoiceSource> sources, VoiceStore careReviews) {
        this.sources = sources;
        this.careReviews = careReviews;
    }

    /** Everything the child has said, latest first. */
    @Transactional(readOnly = true)
    public List<ChildWords> wordsOf(UUID childId) {
        List<ChildWords> all = new ArrayList<>();
        for (ChildVoiceSource source : sources) {
            all.addAll(source.wordsOf(childId));
        }
        for (VoiceStore.CareReviewWords w : careReviews.forChild(childId)) {
            all.add(new ChildWords(w.heldOn(), "casesummary.voice.kind.careReview", null, w.words(),
                    "/children/" + childId + "/letters"));
        }
        return all.stream().filter(w -> w.words() != null && !w.words().isBlank())
                .sorted(Comparator.comparing(ChildWords::date).reversed()).toList();
    }
}
