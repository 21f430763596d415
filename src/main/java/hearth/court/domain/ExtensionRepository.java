package hearth.court.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExtensionRepository extends JpaRepository<Extension, UUID> {

    List<Extension> findByProceedingsIdAndVoidedFalseOrderByGrantedOnAscRecordedAtAsc(UUID proceedingsId);
}
