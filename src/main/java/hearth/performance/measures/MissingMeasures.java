package hearth.performance.measures;

import hearth.missing.MissingEpisodeView;
import hearth.missing.MissingEpisodes;
import hearth.performance.Polarity;
import hearth.timescales.Due;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Return interviews within 72 hours: of the children who came back from a missing episode in a month, those whose
 * return interview was held within 72 hours of coming back. Episodes are read once from a year before the first
 * month, so a long episode ending in the months asked for is still counted.
 */
@Component
@org.springframework.core.annotation.Order(50)
class MissingMeasures extends ChildMeasures {

    static final String INTERVIEWS_72H = "missing-interviews-72h";
    static final Duration ALLOWED = Duration.ofHours(72);

    private final MissingEpisodes missing;

    MissingMeasures(MissingEpisodes missing, MessageSource messages) {
        super(messages, "missing");
        this.missing = missing;
        measure(INTERVIEWS_72H, Polarity.HIGHER_IS_BETTER);
    }

    @Override
    protected List<MeasureCase> casesOf(String measureId, List<YearMonth> months) {
        List<MeasureCase> cases = new ArrayList<>();
        for (MissingEpisodeView e : missing.between(start(months).minusYears(1), end(months))) {
            if (e.endedAt() == null || e.voided()) {
                continue;
            }
            LocalDate back = LocalDate.ofInstant(e.endedAt(), Due.LONDON);
            YearMonth month = monthOf(back, months);
            if (month != null) {
                boolean inTime = e.heldAt() != null && !e.heldAt().isAfter(e.endedAt().plus(ALLOWED));
                cases.add(new MeasureCase(month, e.childId(), inTime, back));
            }
        }
        return cases;
    }
}
