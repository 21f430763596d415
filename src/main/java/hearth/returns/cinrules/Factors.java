package hearth.returns.cinrules;

import java.util.List;

/** The factors recorded on one assessment. */
final class Factors {

    private Factors() {
    }

    static List<String> of(CinTables t, CinTables.Assessment a) {
        return t.assessmentFactors().stream().filter(f -> f.assessmentId() == a.assessmentId()
                && f.cinDetailsId() == a.cinDetailsId() && CinTables.eq(f.laChildId(), a.laChildId()))
                .map(CinTables.AssessmentFactor::factor).filter(f -> f != null).toList();
    }
}
