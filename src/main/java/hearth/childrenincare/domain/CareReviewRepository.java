package hearth.childrenincare.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CareReviewRepository extends JpaRepository<CareReview, UUID> {

    List<CareReview> findByPeriodIdAndVoidedFalseOrderByDateDescRecordedAtDesc(UUID periodId);

    List<CareReview> findByDateBetweenAndVoidedFalseOrderByDateAscRecordedAtAsc(java.time.LocalDate from,
            java.time.LocalDate to);
}
