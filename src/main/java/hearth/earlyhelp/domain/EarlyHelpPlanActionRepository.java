package hearth.earlyhelp.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EarlyHelpPlanActionRepository extends JpaRepository<EarlyHelpPlanAction, UUID> {

    List<EarlyHelpPlanAction> findByEpisodeIdAndVoidedFalseOrderByByWhenAscRecordedAtAsc(UUID episodeId);
}
