package hearth.childinneed.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EpisodeRepository extends JpaRepository<Episode, UUID> {

    List<Episode> findByChildIdOrderByReferralDateDescOpenedAtDesc(UUID childId);

    /** Episodes open at any time from {@code from} to {@code to} (referred by the end, not closed before the start). */
    @org.springframework.data.jpa.repository.Query("select e from Episode e where e.referralDate <= :to"
            + " and (e.closedOn is null or e.closedOn >= :from) order by e.childId, e.referralDate")
    List<Episode> openDuring(@org.springframework.data.repository.query.Param("from") java.time.LocalDate from,
            @org.springframework.data.repository.query.Param("to") java.time.LocalDate to);
}
