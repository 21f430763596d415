package hearth.childinneed.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitRepository extends JpaRepository<Visit, UUID> {

    List<Visit> findByEpisodeIdAndVoidedFalseOrderByDateDescRecordedAtDesc(UUID episodeId);
}
