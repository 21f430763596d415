package hearth.earlyhelp.domain;

import hearth.earlyhelp.EpisodeStatus;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EarlyHelpEpisodeRepository extends JpaRepository<EarlyHelpEpisode, UUID> {

    List<EarlyHelpEpisode> findByChildIdAndVoidedFalseOrderByStartedOnDescRecordedAtDescIdDesc(UUID childId);

    List<EarlyHelpEpisode> findByChildIdInAndVoidedFalseAndStatusIn(Collection<UUID> childIds, Collection<EpisodeStatus> statuses);

    boolean existsByChildIdAndVoidedFalseAndStatusIn(UUID childId, Collection<EpisodeStatus> statuses);

    @org.springframework.data.jpa.repository.Query("select e from EarlyHelpEpisode e where e.voided = false"
            + " and e.startedOn <= :to and (e.closedOn is null or e.closedOn >= :from) order by e.startedOn")
    List<EarlyHelpEpisode> findOpenDuring(java.time.LocalDate from, java.time.LocalDate to);
}
