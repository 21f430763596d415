package hearth.casesummary;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a case summary can be trusted today: it needs review when it has never been reviewed, when the last review
 * is older than the local standard ({@code reviewDue} has passed), or when something significant has been recorded
 * since ({@code since}, earliest first).
 */
public record Freshness(boolean neverReviewed, LocalDate reviewDue, boolean overdue, List<SignificantEvent> since) {

    public boolean stale() {
        return neverReviewed || overdue || !since.isEmpty();
    }

    public boolean significantSince() {
        return !since.isEmpty();
    }
}
