package hearth.childinneed.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EpisodeReferralLinkRepository extends JpaRepository<EpisodeReferralLink, UUID> {

    List<EpisodeReferralLink> findByEpisodeIdOrderByDateAscRecordedAtAsc(UUID episodeId);

    List<EpisodeReferralLink> findByEpisodeIdInOrderByDateAscRecordedAtAsc(java.util.Collection<UUID> episodeIds);
}
