package hearth.childinneed.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CinVisitRepository extends JpaRepository<CinVisit, UUID> {

    List<CinVisit> findByEpisodeIdAndVoidedFalseOrderByDateDescRecordedAtDesc(UUID episodeId);

    List<CinVisit> findByEpisodeIdInAndVoidedFalseOrderByDateDescRecordedAtDesc(java.util.Collection<UUID> episodeIds);
}
