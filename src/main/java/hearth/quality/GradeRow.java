package hearth.quality;

import java.util.List;

/** How many audits a team or quarter had at each grade (counted grades), and the share good or better. */
public record GradeRow(String label, List<Integer> counts, int total) {

    public int count(Grade grade) {
        return counts.get(grade.ordinal());
    }

    /** Whole percent of the audits at this grade, rounded half up; 0 with no audits. */
    public int percent(Grade grade) {
        return AuditAnalysis.percent(count(grade), total);
    }

    public int goodOrBetterPercent() {
        return AuditAnalysis.percent(count(Grade.OUTSTANDING) + count(Grade.GOOD), total);
    }
}
