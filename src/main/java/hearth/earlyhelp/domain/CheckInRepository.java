package hearth.earlyhelp.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckInRepository extends JpaRepository<CheckIn, UUID> {

    List<CheckIn> findByEpisodeIdOrderByHeldOnDescRecordedAtDesc(UUID episodeId);
}
