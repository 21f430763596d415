package hearth.performance.measures;

import hearth.adoption.AdoptionTimeliness;
import hearth.adoption.Adoptions;
import hearth.performance.Polarity;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Adoption timeliness against the national thresholds: A10, of the children who moved in with their adoptive family
 * in a month, those who did so within 426 days of entering care; A2, of the children matched in a month, those
 * matched within 121 days of the placement order.
 */
@Component
@org.springframework.core.annotation.Order(70)
class AdoptionMeasures extends ChildMeasures {

    static final String A10 = "adoption-a10";
    static final String A2 = "adoption-a2";

    private final Adoptions adoptions;

    AdoptionMeasures(Adoptions adoptions, MessageSource messages) {
        super(messages, "adoption");
        this.adoptions = adoptions;
        measure(A10, Polarity.HIGHER_IS_BETTER);
        measure(A2, Polarity.HIGHER_IS_BETTER);
    }

    @Override
    protected List<MeasureCase> casesOf(String measureId, List<YearMonth> months) {
        boolean a10 = A10.equals(measureId);
        List<MeasureCase> cases = new ArrayList<>();
        for (AdoptionTimeliness t : adoptions.timelinessOfAll()) {
            if (a10 && t.a10Complete() && t.a10Days() != null) {
                YearMonth month = monthOf(t.movedInOn(), months);
                if (month != null) {
                    cases.add(new MeasureCase(month, t.childId(), !t.a10Over(), t.movedInOn()));
                }
            } else if (!a10 && t.a2Complete() && t.a2Days() != null) {
                YearMonth month = monthOf(t.matchedOn(), months);
                if (month != null) {
                    cases.add(new MeasureCase(month, t.childId(), !t.a2Over(), t.matchedOn()));
                }
            }
        }
        return cases;
    }
}
