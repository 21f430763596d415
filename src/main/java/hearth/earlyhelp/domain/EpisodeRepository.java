package hearth.earlyhelp.domain;

import hearth.earlyhelp.EpisodeStatus;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EpisodeRepository extends JpaRepository<Episode, UUID> {

    List<Episode> findByChildIdAndVoidedFalseOrderByStartedOnDescRecordedAtDescIdDesc(UUID childId);

    List<Episode> findByChildIdInAndVoidedFalseAndStatusIn(Collection<UUID> childIds, Collection<EpisodeStatus> statuses);

    boolean existsByChildIdAndVoidedFalseAndStatusIn(UUID childId, Collection<EpisodeStatus> statuses);
}
