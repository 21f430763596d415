package hearth.caseloads;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/** Bands of weighted caseload, for the distribution of workers: under 10, 10 to 15, 15 to 18, 18 to 22, 22 or more. */
public enum Band {
    UNDER_10(0), FROM_10(10), FROM_15(15), FROM_18(18), FROM_22(22);

    private final BigDecimal from;

    Band(int from) {
        this.from = BigDecimal.valueOf(from);
    }

    public static Band of(BigDecimal weighted) {
        Band found = UNDER_10;
        for (Band b : values()) {
            if (weighted.compareTo(b.from) >= 0) {
                found = b;
            }
        }
        return found;
    }

    /** Workers counted into bands, every band present. */
    public static Map<Band, Long> count(Collection<WorkerCaseload> workers) {
        Map<Band, Long> bands = TeamCaseload.empty();
        workers.forEach(w -> bands.merge(w.band(), 1L, Long::sum));
        return bands;
    }
}
