package hearth.caseloads;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A worker's caseload: children allocated, their weighted total, the threshold of the worker's role (null when the
 * role has none), whether it is passed, and whether the worker is among the busiest in the picture.
 */
public record WorkerCaseload(String username, String displayName, UUID teamId, String teamName, String role,
        int children, BigDecimal weighted, BigDecimal threshold, boolean busiest) {

    public boolean overThreshold() {
        return threshold != null && weighted.compareTo(threshold) > 0;
    }

    /** The distribution band this caseload falls in (see {@link Band}). */
    public Band band() {
        return Band.of(weighted);
    }
}
