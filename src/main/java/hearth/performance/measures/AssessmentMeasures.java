package hearth.performance.measures;

import hearth.assessment.AssessmentView;
import hearth.assessment.Assessments;
import hearth.performance.Polarity;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Assessments completed within 45 working days of referral: of those completed in a month, the share on time (the
 * assessment context's own working-day timeliness).
 */
@Component
@org.springframework.core.annotation.Order(20)
class AssessmentMeasures extends ChildMeasures {

    static final String ASSESSMENTS_45WD = "assessments-45wd";

    private final Assessments assessments;

    AssessmentMeasures(Assessments assessments, MessageSource messages) {
        super(messages, "assessment");
        this.assessments = assessments;
        measure(ASSESSMENTS_45WD, Polarity.HIGHER_IS_BETTER);
    }

    @Override
    protected List<MeasureCase> casesOf(String measureId, List<YearMonth> months) {
        List<MeasureCase> cases = new ArrayList<>();
        for (AssessmentView a : assessments.completedBetween(start(months), end(months))) {
            YearMonth month = monthOf(a.completedOn(), months);
            if (month != null) {
                cases.add(new MeasureCase(month, a.childId(), !assessments.timeliness(a).overdue(), a.completedOn()));
            }
        }
        return cases;
    }
}
