package hearth.childprotection;

import hearth.casesummary.ChildVoiceSource;
import hearth.casesummary.ChildWords;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The child's words at child protection visits and conferences, for the child's voice. */
@Component
class ChildProtectionVoice implements ChildVoiceSource {

    private final ChildProtection childProtection;

    ChildProtectionVoice(ChildProtection childProtection) {
        this.childProtection = childProtection;
    }

    @Override
    public List<ChildWords> wordsOf(UUID childId) {
        List<ChildWords> words = new ArrayList<>();
        for (PlanView plan : childProtection.plansFor(childId)) {
            for (VisitView v : childProtection.visits(plan.id())) {
                if (v.childSeen()) {
                    words.add(new ChildWords(v.visitedOn(), "casesummary.voice.kind.cpVisit", v.seenAlone(),
                            v.wishesAndFeelings(), "/children/" + childId + "/child-protection"));
                }
            }
        }
        for (ConferenceView c : childProtection.conferencesFor(childId)) {
            if (c.heldOn() != null) {
                words.add(new ChildWords(c.heldOn(), "casesummary.voice.kind.cpConference", null, c.childViews(),
                        "/cp-conferences/" + c.id()));
            }
        }
        return words;
    }
}
