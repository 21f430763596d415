package hearth.careleavers.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeaverRecordRepository extends JpaRepository<LeaverRecord, UUID> {

    Optional<LeaverRecord> findByChildId(UUID childId);

    List<LeaverRecord> findByAdviser(String adviser);

    List<LeaverRecord> findByChildIdIn(Collection<UUID> childIds);
}
