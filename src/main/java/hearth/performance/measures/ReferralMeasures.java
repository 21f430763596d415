package hearth.performance.measures;

import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.ReferralView;
import hearth.performance.Polarity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Re-referrals: of the referrals made in a month, those for a child referred before within the 12 months before
 * (CIN census; lower is better). Read from the front door's referrals since 12 months before the first month.
 */
@Component
@org.springframework.core.annotation.Order(10)
class ReferralMeasures extends ChildMeasures {

    static final String RE_REFERRALS = "re-referrals";

    private final FrontDoor frontDoor;

    ReferralMeasures(FrontDoor frontDoor, MessageSource messages) {
        super(messages, "frontDoor");
        this.frontDoor = frontDoor;
        measure(RE_REFERRALS, Polarity.LOWER_IS_BETTER);
    }

    @Override
    protected List<MeasureCase> casesOf(String measureId, List<YearMonth> months) {
        LocalDate end = end(months);
        Map<UUID, List<ReferralView>> byChild = frontDoor.referralsSince(start(months).minusMonths(12)).stream()
                .filter(r -> !r.date().isAfter(end))
                .collect(Collectors.groupingBy(ReferralView::childId));
        List<MeasureCase> cases = new ArrayList<>();
        for (List<ReferralView> referrals : byChild.values()) {
            List<ReferralView> inOrder = referrals.stream().sorted(Comparator.comparing(ReferralView::date)).toList();
            for (int i = 0; i < inOrder.size(); i++) {
                ReferralView r = inOrder.get(i);
                YearMonth month = monthOf(r.date(), months);
                if (month != null) {
                    boolean again = i > 0 && !inOrder.get(i - 1).date().isBefore(r.date().minusMonths(12));
                    cases.add(new MeasureCase(month, r.childId(), again, r.date()));
                }
            }
        }
        return cases;
    }
}
