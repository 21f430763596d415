package hearth.casesummary;

import java.time.Instant;

/** One saved revision of a case summary section, or a review of the whole summary ({@code section} null). */
public record RevisionView(SummarySection section, String body, String revisedBy, Instant revisedAt) {

    public boolean isReview() {
        return section == null;
    }
}
