package hearth.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An inspection as recorded, with its judgements (by area; absent when not judged) and its points. */
public record InspectionView(UUID id, InspectionKind kind, LocalDate startDate, LocalDate endDate,
        LocalDate publishedOn, String leadInspector, String otherInspectors, String reportUrl, String summary,
        Map<JudgementArea, InspectionGrade> judgements, List<ImprovementPoint> points, String recordedBy, Instant recordedAt,
        long version) {

    public InspectionGrade grade(JudgementArea area) {
        return judgements.get(area);
    }

    /** The overall effectiveness judgement, or null when the inspection made none. */
    public InspectionGrade overall() {
        return judgements.get(JudgementArea.OVERALL_EFFECTIVENESS);
    }
}
