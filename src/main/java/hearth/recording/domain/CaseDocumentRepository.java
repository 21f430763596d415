package hearth.recording.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseDocumentRepository extends JpaRepository<CaseDocument, UUID> {

    List<CaseDocument> findByChildIdOrderByDocumentDateDescUploadedAtDesc(UUID childId);
}
