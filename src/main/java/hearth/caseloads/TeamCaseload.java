package hearth.caseloads;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A team's caseload: children held (on duty included), weighted, its workers' caseloads and their distribution. */
public record TeamCaseload(UUID teamId, String name, UUID serviceId, int children, int onDuty, BigDecimal weighted,
        List<WorkerCaseload> workers, boolean busiest) {

    /** Average weighted caseload per worker (0 when the team has no workers). */
    public BigDecimal average() {
        return workers.isEmpty() ? BigDecimal.ZERO
                : workers.stream().map(WorkerCaseload::weighted).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(workers.size()), 1, RoundingMode.HALF_UP);
    }

    public long overThreshold() {
        return workers.stream().filter(WorkerCaseload::overThreshold).count();
    }

    /** How many workers in each band of weighted caseload. */
    public Map<Band, Long> distribution() {
        return Band.count(workers);
    }

    static Map<Band, Long> empty() {
        Map<Band, Long> bands = new EnumMap<>(Band.class);
        for (Band b : Band.values()) {
            bands.put(b, 0L);
        }
        return bands;
    }
}
