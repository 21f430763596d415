package hearth.childinneed;

import hearth.casesummary.ChildVoiceSource;
import hearth.casesummary.ChildWords;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The child's words at child in need visits (seen alone or not) and reviews, for the child's voice. */
@Component
class ChildInNeedVoice implements ChildVoiceSource {

    private final ChildrenInNeed childrenInNeed;

    ChildInNeedVoice(ChildrenInNeed childrenInNeed) {
        this.childrenInNeed = childrenInNeed;
    }

    @Override
    public List<ChildWords> wordsOf(UUID childId) {
        List<ChildWords> words = new ArrayList<>();
        for (EpisodeView episode : childrenInNeed.episodesFor(childId)) {
            String link = "/cin-episodes/" + episode.id();
            for (VisitView v : childrenInNeed.visitsFor(episode.id())) {
                if (v.seen()) {
                    words.add(new ChildWords(v.date(), "casesummary.voice.kind.cinVisit", v.seenAlone(),
                            v.wishesAndFeelings(), link));
                }
            }
            for (ReviewView r : childrenInNeed.reviewsFor(episode.id())) {
                words.add(new ChildWords(r.date(), "casesummary.voice.kind.cinReview", null, r.childViews(), link));
            }
        }
        return words;
    }
}
