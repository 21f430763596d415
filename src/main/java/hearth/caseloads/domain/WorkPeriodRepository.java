package hearth.caseloads.domain;

import hearth.caseloads.WorkKind;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkPeriodRepository extends JpaRepository<WorkPeriod, UUID> {

    List<WorkPeriod> findByChildIdAndKindAndToIsNull(UUID childId, WorkKind kind);

    List<WorkPeriod> findByChildIdOrderByFromAsc(UUID childId);
}
