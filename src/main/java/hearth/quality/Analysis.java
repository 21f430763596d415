package hearth.quality;

import java.time.LocalDate;
import java.util.List;

/** Audit grades by quarter and by team, themes by question, and how often moderators changed the grade. */
public record Analysis(LocalDate from, LocalDate to, GradeRow overall, List<GradeRow> byQuarter, List<GradeRow> byTeam,
        List<ThemeRow> themes, int moderated, int disagreed) {

    public int disagreementPercent() {
        return AuditAnalysis.percent(disagreed, moderated);
    }
}
