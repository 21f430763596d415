package hearth.earlyhelp.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WaitingEntryRepository extends JpaRepository<WaitingEntry, UUID> {

    List<WaitingEntry> findByLeftOnIsNullOrderBySinceAsc();

    List<WaitingEntry> findByEpisodeIdOrderBySinceDesc(UUID episodeId);
}
