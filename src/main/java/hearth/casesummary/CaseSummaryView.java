package hearth.casesummary;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The worker's narrative of a child's case summary (sections by {@link SummarySection}; blank ones absent), when it
 * was last reviewed and by whom, and how fresh it is. {@code id} is null when nobody has written one yet.
 */
public record CaseSummaryView(UUID id, UUID childId, Map<SummarySection, String> sections, Instant lastReviewedAt,
        String lastReviewedBy, long version, Freshness freshness) {

    public boolean written() {
        return id != null;
    }

    public String section(SummarySection section) {
        return sections.get(section);
    }
}
