package hearth.carehealth.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CareHealthEntryRepository extends JpaRepository<CareHealthEntry, UUID> {

    List<CareHealthEntry> findByChildIdOrderByDateDescRecordedAtDesc(UUID childId);

    List<CareHealthEntry> findByChildIdInAndVoidedFalseOrderByDateDescRecordedAtDesc(java.util.Collection<UUID> childIds);
}
