package hearth.workforce.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkerRepository extends JpaRepository<Worker, UUID> {

    Optional<Worker> findByUsername(String username);

    List<Worker> findByTeamIdAndLeftOnIsNullOrderByDisplayName(UUID teamId);
}
