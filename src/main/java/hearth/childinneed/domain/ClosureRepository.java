package hearth.childinneed.domain;

import hearth.childinneed.ClosureStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClosureRepository extends JpaRepository<Closure, UUID> {

    List<Closure> findByEpisodeIdOrderByProposedAtDescIdDesc(UUID episodeId);

    List<Closure> findByStatusOrderByProposedAtAsc(ClosureStatus status);

    /** The child's authorised closures dated on or before a day, latest first. */
    List<Closure> findByChildIdAndStatusAndClosedOnLessThanEqualOrderByClosedOnDescDecidedAtDesc(UUID childId,
            ClosureStatus status, LocalDate on);
}
