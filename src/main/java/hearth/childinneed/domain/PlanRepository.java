package hearth.childinneed.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRepository extends JpaRepository<Plan, UUID> {

    List<Plan> findByEpisodeIdOrderByStartDateDescCreatedAtDesc(UUID episodeId);

    List<Plan> findByEpisodeIdIn(java.util.Collection<UUID> episodeIds);
}
