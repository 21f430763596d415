package hearth.performance.measures;

import hearth.performance.MeasureDefinition;
import hearth.performance.Polarity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * A family of national measures that count children: each measure has a stable id, a name under
 * {@code performance.measure.<id>}, a polarity and a group under {@code performance.group.<group>}.
 */
abstract class ChildMeasures implements MeasureComputation {

    private final MessageSource messages;
    private final String group;
    private final Map<String, Polarity> measures = new LinkedHashMap<>();

    ChildMeasures(MessageSource messages, String group) {
        this.messages = messages;
        this.group = group;
    }

    /** Declares one of this family's measures (in the order they are shown). */
    protected final void measure(String id, Polarity polarity) {
        measures.put(id, polarity);
    }

    @Override
    public List<MeasureDefinition> definitions(Locale locale) {
        String groupName = messages.getMessage("performance.group." + group, null, locale);
        List<MeasureDefinition> all = new ArrayList<>();
        measures.forEach((id, polarity) -> all.add(new MeasureDefinition(id,
                messages.getMessage("performance.measure." + id, null, locale), polarity, groupName)));
        return all;
    }

    @Override
    public final List<MeasureCase> cases(String measureId, List<YearMonth> months) {
        if (!measures.containsKey(measureId)) {
            throw new IllegalArgumentException("Not one of these measures: " + measureId);
        }
        return casesOf(measureId, months);
    }

    protected abstract List<MeasureCase> casesOf(String measureId, List<YearMonth> months);

    /** The first day of the earliest month. */
    static LocalDate start(List<YearMonth> months) {
        return months.get(0).atDay(1);
    }

    /** The last day of the latest month. */
    static LocalDate end(List<YearMonth> months) {
        return months.get(months.size() - 1).atEndOfMonth();
    }

    /** The month of {@code date} if it is one of those asked for, else null. */
    static YearMonth monthOf(LocalDate date, List<YearMonth> months) {
        if (date == null) {
            return null;
        }
        YearMonth m = YearMonth.from(date);
        return months.contains(m) ? m : null;
    }
}
