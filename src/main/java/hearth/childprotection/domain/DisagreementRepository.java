package hearth.childprotection.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DisagreementRepository extends JpaRepository<Disagreement, UUID> {

    List<Disagreement> findByChildIdAndVoidedFalseOrderByRaisedOnDesc(UUID childId);
}
