package hearth.supervision.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseSupervisionRepository extends JpaRepository<CaseSupervisionRecord, UUID> {

    List<CaseSupervisionRecord> findByChildIdAndVoidedFalseOrderByHeldOnDescRecordedAtDesc(UUID childId);
}
