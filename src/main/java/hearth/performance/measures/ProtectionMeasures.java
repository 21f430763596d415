package hearth.performance.measures;

import hearth.childprotection.ChildProtection;
import hearth.childprotection.ConferenceView;
import hearth.childprotection.EnquiryView;
import hearth.childprotection.PlanView;
import hearth.performance.Polarity;
import hearth.timescales.WorkingDays;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Child protection: initial conferences within 15 working days of the strategy discussion (which starts the
 * section 47 enquiry), plans starting in a month that are a second or subsequent plan, and plans ending in a month
 * that lasted two years or more.
 */
@Component
@org.springframework.core.annotation.Order(30)
class ProtectionMeasures extends ChildMeasures {

    static final String ICPC_15WD = "icpc-15wd";
    static final String SECOND_PLANS = "cp-second-plans";
    static final String PLANS_2_YEARS = "cp-plans-2-years";
    /** Working Together 2023: the initial conference within 15 working days of the strategy discussion. */
    static final int CONFERENCE_WORKING_DAYS = 15;

    private final ChildProtection protection;
    private final WorkingDays workingDays;

    ProtectionMeasures(ChildProtection protection, WorkingDays workingDays, MessageSource messages) {
        super(messages, "childProtection");
        this.protection = protection;
        this.workingDays = workingDays;
        measure(ICPC_15WD, Polarity.HIGHER_IS_BETTER);
        measure(SECOND_PLANS, Polarity.LOWER_IS_BETTER);
        measure(PLANS_2_YEARS, Polarity.LOWER_IS_BETTER);
    }

    @Override
    protected List<MeasureCase> casesOf(String measureId, List<YearMonth> months) {
        return switch (measureId) {
            case ICPC_15WD -> conferences(months);
            case SECOND_PLANS -> plans(months, true);
            default -> plans(months, false);
        };
    }

    private List<MeasureCase> conferences(List<YearMonth> months) {
        List<ConferenceView> held = protection.initialConferencesBetween(start(months), end(months));
        Map<UUID, EnquiryView> enquiries = protection.enquiries(held.stream().map(ConferenceView::enquiryId)
                .filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(EnquiryView::id, Function.identity()));
        var calendar = workingDays.statutory();
        List<MeasureCase> cases = new ArrayList<>();
        for (ConferenceView c : held) {
            EnquiryView enquiry = c.enquiryId() == null ? null : enquiries.get(c.enquiryId());
            YearMonth month = monthOf(c.heldOn(), months);
            if (enquiry == null || enquiry.startDate() == null || month == null) {
                continue;
            }
            LocalDate due = calendar.addWorkingDays(enquiry.startDate(), CONFERENCE_WORKING_DAYS);
            cases.add(new MeasureCase(month, c.childId(), !c.heldOn().isAfter(due), c.heldOn()));
        }
        return cases;
    }

    private List<MeasureCase> plans(List<YearMonth> months, boolean starting) {
        List<MeasureCase> cases = new ArrayList<>();
        for (PlanView p : protection.plansOverlapping(start(months), end(months))) {
            LocalDate on = starting ? p.startDate() : p.endDate();
            YearMonth month = monthOf(on, months);
            if (month == null) {
                continue;
            }
            boolean counted = starting ? p.secondOrSubsequent()
                    : !p.startDate().plusYears(2).isAfter(p.endDate());
            cases.add(new MeasureCase(month, p.childId(), counted, on));
        }
        return cases;
    }
}
