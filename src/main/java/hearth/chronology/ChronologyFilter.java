package hearth.chronology;

import java.time.LocalDate;
import java.util.Set;

/** Which entries to show: categories (none means all), a period (either end may be open), significant only. */
public record ChronologyFilter(Set<EntryCategory> categories, LocalDate from, LocalDate to, boolean significantOnly) {

    public static final ChronologyFilter ALL = new ChronologyFilter(Set.of(), null, null, false);

    public ChronologyFilter {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The end of the period is before its start");
        }
    }

    public boolean accepts(EntryView entry) {
        return (categories.isEmpty() || categories.contains(entry.category()))
                && (from == null || !entry.occurredOn().isBefore(from))
                && (to == null || !entry.occurredOn().isAfter(to))
                && (!significantOnly || entry.significant());
    }
}
