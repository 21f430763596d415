package hearth.childprotection.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreedActionRepository extends JpaRepository<AgreedAction, UUID> {

    List<AgreedAction> findByParentIdAndVoidedFalseOrderByCreatedAtAsc(UUID parentId);
}
