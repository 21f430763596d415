package hearth.childinneed.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionProgressRepository extends JpaRepository<ActionProgress, UUID> {

    List<ActionProgress> findByActionIdInOrderByDateAscRecordedAtAsc(java.util.Collection<UUID> actionIds);
}
