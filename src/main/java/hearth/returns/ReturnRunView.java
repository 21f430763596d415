package hearth.returns;

import java.time.Instant;
import java.util.List;

/**
 * One recorded production or validation of a return: {@code kind} EXPORT or VALIDATE, the return and period, the
 * files, how many children and findings, a failure if it failed, and how (COMMAND, PAGE, DATA_QUALITY, SCHEDULE), by
 * whom and when.
 */
public record ReturnRunView(String kind, String returnName, String period, List<String> files, Integer children,
        Integer errors, Integer queries, String outcome, String via, String runBy, Instant runAt) {

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy HH:mm").withZone(java.time.ZoneId.of("Europe/London"));

    /** When it ran, in London time, e.g. {@code 23 Nov 2026 09:15}. */
    public String when() {
        return WHEN.format(runAt);
    }

    /** The findings in words for a list, or empty for an export. */
    public String findingsText() {
        return errors == null ? "" : errors + " errors, " + queries + " queries";
    }
}
