package hearth.childinneed.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewRepository extends JpaRepository<Review, UUID> {

    List<Review> findByEpisodeIdAndVoidedFalseOrderByDateDescRecordedAtDesc(UUID episodeId);
}
