package hearth.assessment.domain;

import hearth.assessment.AssessmentStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentRepository extends JpaRepository<Assessment, UUID> {

    Optional<Assessment> findByReferralId(UUID referralId);

    List<Assessment> findByChildIdAndVoidedFalseOrderByReferralDateDescCreatedAtDesc(UUID childId);

    List<Assessment> findByStatusInAndVoidedFalseOrderByReferralDateAsc(Collection<AssessmentStatus> statuses);
}
