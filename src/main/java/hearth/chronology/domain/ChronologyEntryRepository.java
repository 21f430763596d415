package hearth.chronology.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChronologyEntryRepository extends JpaRepository<ChronologyEntry, UUID> {

    List<ChronologyEntry> findByChildId(UUID childId);

    List<ChronologyEntry> findByChildIdAndEventRef(UUID childId, String eventRef);

    boolean existsByChildIdAndEventRef(UUID childId, String eventRef);

    List<ChronologyEntry> findByGroupIdAndVoidedFalse(UUID groupId);
}
