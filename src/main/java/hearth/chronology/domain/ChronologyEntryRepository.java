package hearth.chronology.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChronologyEntryRepository extends JpaRepository<ChronologyEntry, UUID> {

    List<ChronologyEntry> findByChildId(UUID childId);

    boolean existsByChildIdAndEventRef(UUID childId, String eventRef);

    List<ChronologyEntry> findByGroupIdAndVoidedFalse(UUID groupId);
}
