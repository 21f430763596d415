package hearth.performance.measures;

import hearth.careleavers.BirthdayRecordView;
import hearth.careleavers.CareLeavers;
import hearth.performance.Polarity;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Care leavers (SSDA903 OC3), from what was recorded around each care leaver's 17th to 21st birthday: of those whose
 * birthday fell in a month, the share in touch, in suitable accommodation, and in education, employment or training.
 */
@Component
@org.springframework.core.annotation.Order(60)
class LeaverMeasures extends ChildMeasures {

    static final String IN_TOUCH = "care-leavers-in-touch";
    static final String SUITABLE = "care-leavers-suitable-accommodation";
    static final String EET = "care-leavers-eet";

    private final CareLeavers leavers;

    LeaverMeasures(CareLeavers leavers, MessageSource messages) {
        super(messages, "careLeavers");
        this.leavers = leavers;
        measure(IN_TOUCH, Polarity.HIGHER_IS_BETTER);
        measure(SUITABLE, Polarity.HIGHER_IS_BETTER);
        measure(EET, Polarity.HIGHER_IS_BETTER);
    }

    @Override
    protected List<MeasureCase> casesOf(String measureId, List<YearMonth> months) {
        List<MeasureCase> cases = new ArrayList<>();
        for (BirthdayRecordView r : leavers.birthdayRecords(start(months), end(months).plusDays(1))) {
            YearMonth month = monthOf(r.birthday(), months);
            if (month == null) {
                continue;
            }
            boolean counted = switch (measureId) {
                case IN_TOUCH -> r.inTouch() != null && r.inTouch().inTouch();
                case SUITABLE -> r.suitablyAccommodated();
                default -> r.activity() != null && !r.neet();
            };
            cases.add(new MeasureCase(month, r.childId(), counted, r.birthday()));
        }
        return cases;
    }
}
