package hearth.supervision.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonalSupervisionRepository extends JpaRepository<PersonalSupervisionRecord, UUID> {

    List<PersonalSupervisionRecord> findByWorkerAndVoidedFalseOrderByHeldOnDescRecordedAtDesc(String worker);

    /** Each worker's latest supervision date, for the workers given that have any. */
    @Query("select p.worker, max(p.heldOn) from PersonalSupervisionRecord p where p.voided = false "
            + "and p.worker in :workers group by p.worker")
    List<Object[]> latestFor(Collection<String> workers);

    default java.util.Map<String, LocalDate> latestOn(Collection<String> workers) {
        java.util.Map<String, LocalDate> latest = new java.util.HashMap<>();
        if (!workers.isEmpty()) {
            latestFor(workers).forEach(row -> latest.put((String) row[0], (LocalDate) row[1]));
        }
        return latest;
    }
}
