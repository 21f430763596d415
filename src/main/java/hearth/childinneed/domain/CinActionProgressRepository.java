package hearth.childinneed.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CinActionProgressRepository extends JpaRepository<CinActionProgress, UUID> {

    List<CinActionProgress> findByActionIdInOrderByDateAscRecordedAtAsc(java.util.Collection<UUID> actionIds);
}
