package hearth.fostering.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SgAssessmentRepository extends JpaRepository<SgAssessment, UUID> {

    List<SgAssessment> findByChildIdAndVoidedFalseOrderByNoticeOnDesc(UUID childId);
}
