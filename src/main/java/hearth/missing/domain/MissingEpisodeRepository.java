package hearth.missing.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MissingEpisodeRepository extends JpaRepository<MissingEpisode, UUID> {

    List<MissingEpisode> findByChildIdOrderByStartedAtDesc(UUID childId);

    List<MissingEpisode> findByVoidedFalseAndEndedAtIsNullOrderByStartedAtAsc();

    List<MissingEpisode> findByVoidedFalseAndEndedAtIsNotNullAndInterviewStatusInOrderByEndedAtAsc(
            java.util.Collection<hearth.missing.ReturnInterviewStatus> statuses);

    List<MissingEpisode> findByVoidedFalseAndStartedAtGreaterThanEqualAndStartedAtLessThanOrderByStartedAtAsc(
            Instant from, Instant to);

    long countByChildIdAndVoidedFalseAndStartedAtGreaterThanEqual(UUID childId, Instant since);
}
