package hearth.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What is recorded about an inspection when it is entered: the report's facts, judgements and points. */
public record NewInspection(InspectionKind kind, LocalDate startDate, LocalDate endDate, LocalDate publishedOn,
        String leadInspector, String otherInspectors, String reportUrl, String summary,
        Map<JudgementArea, InspectionGrade> judgements, List<String> points) {

    public NewInspection {
        // in the areas' own order, so judgements are always stored in the same order
        Map<JudgementArea, InspectionGrade> ordered = new java.util.EnumMap<>(JudgementArea.class);
        ordered.putAll(judgements);
        judgements = java.util.Collections.unmodifiableMap(ordered);
        points = List.copyOf(points);
    }
}
