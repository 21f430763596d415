package hearth.childprotection.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StrategyDiscussionRepository extends JpaRepository<StrategyDiscussion, UUID> {

    List<StrategyDiscussion> findByChildIdAndVoidedFalseOrderByConcernAtDesc(UUID childId);
}
