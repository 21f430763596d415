package hearth.recording.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoteAddendumRepository extends JpaRepository<NoteAddendum, UUID> {

    List<NoteAddendum> findByNoteIdInOrderByAddedAtAscIdAsc(Collection<UUID> noteIds);
}
