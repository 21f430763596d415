package hearth.earlyhelp.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TafReviewRepository extends JpaRepository<TafReview, UUID> {

    List<TafReview> findByEpisodeIdAndVoidedFalseOrderByHeldOnDescRecordedAtDesc(UUID episodeId);
}
