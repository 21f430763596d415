package hearth.inspection;

import java.time.Instant;
import java.util.Map;

/** One revision of the self-evaluation: its sections' text (a section may be empty), who saved it and when. */
public record SelfEvaluationView(int revision, Map<SelfEvaluationSection, String> sections, String savedBy,
        Instant savedAt) {

    public String section(SelfEvaluationSection section) {
        return sections.get(section);
    }
}
