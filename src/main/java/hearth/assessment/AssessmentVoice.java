package hearth.assessment;

import hearth.casesummary.ChildVoiceSource;
import hearth.casesummary.ChildWords;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The child's words at assessment visits where they were seen (alone or not), for the child's voice. */
@Component
class AssessmentVoice implements ChildVoiceSource {

    private final Assessments assessments;

    AssessmentVoice(Assessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public List<ChildWords> wordsOf(UUID childId) {
        List<ChildWords> words = new ArrayList<>();
        for (AssessmentView assessment : assessments.forChild(childId)) {
            for (VisitView v : assessments.visits(assessment.id())) {
                if (v.childSeen() && childId.equals(v.childId())) {
                    words.add(new ChildWords(v.date(), "casesummary.voice.kind.assessmentVisit", v.seenAlone(),
                            v.wishesAndFeelings(), "/assessments/" + assessment.id()));
                }
            }
        }
        return words;
    }
}
