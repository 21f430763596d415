package hearth.workforce.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkerTrainingRepository extends JpaRepository<WorkerTraining, UUID> {

    List<WorkerTraining> findByWorkerUsernameOrderByDateDesc(String workerUsername);
}
