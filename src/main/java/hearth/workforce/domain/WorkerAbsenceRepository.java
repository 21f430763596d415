package hearth.workforce.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkerAbsenceRepository extends JpaRepository<WorkerAbsence, UUID> {

    List<WorkerAbsence> findByWorkerUsernameAndVoidedReasonIsNullOrderByFromDesc(String workerUsername);
}
