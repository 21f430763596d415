package hearth.carehealth;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A child's health and education at a glance: whether and since when they are looked after (as this context heard),
 * where they live, what is open and when it is due (soonest first), and the latest record of each kind.
 */
public record CareHealthSummary(UUID childId, boolean lookedAfter, LocalDate lookedAfterSince, LocalDate ceasedOn,
        String placedWith, List<DueItem> due, Map<CareHealthKind, CareHealthRecordView> latest) {

    public boolean known() {
        return lookedAfterSince != null;
    }

    public long overdueCount() {
        return due.stream().filter(DueItem::overdue).count();
    }

    public CareHealthRecordView latest(CareHealthKind kind) {
        return latest.get(kind);
    }
}
