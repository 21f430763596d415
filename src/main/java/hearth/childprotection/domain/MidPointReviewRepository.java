package hearth.childprotection.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MidPointReviewRepository extends JpaRepository<MidPointReview, UUID> {

    List<MidPointReview> findByPlanIdAndVoidedFalseOrderByReviewedOnDesc(UUID planId);
}
