package hearth.supervision.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OversightRepository extends JpaRepository<OversightEntry, UUID> {

    List<OversightEntry> findByChildIdAndVoidedFalseOrderByRecordedOnDescRecordedAtDesc(UUID childId);

    /** Each child's latest oversight date, for the children given that have any. */
    @Query("select o.childId, max(o.recordedOn) from OversightEntry o where o.voided = false and o.childId in :ids "
            + "group by o.childId")
    List<Object[]> latestFor(Collection<UUID> ids);

    default java.util.Map<UUID, LocalDate> latestOn(Collection<UUID> ids) {
        java.util.Map<UUID, LocalDate> latest = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            latestFor(ids).forEach(row -> latest.put((UUID) row[0], (LocalDate) row[1]));
        }
        return latest;
    }
}
