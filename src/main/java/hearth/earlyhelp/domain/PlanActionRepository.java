package hearth.earlyhelp.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanActionRepository extends JpaRepository<PlanAction, UUID> {

    List<PlanAction> findByEpisodeIdAndVoidedFalseOrderByByWhenAscRecordedAtAsc(UUID episodeId);
}
