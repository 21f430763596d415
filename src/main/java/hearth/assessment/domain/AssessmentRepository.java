package hearth.assessment.domain;

import hearth.assessment.AssessmentStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentRepository extends JpaRepository<Assessment, UUID> {

    Optional<Assessment> findByReferralId(UUID referralId);

    List<Assessment> findByCompletedOnBetweenAndVoidedFalse(java.time.LocalDate from, java.time.LocalDate to);

    List<Assessment> findByChildIdAndVoidedFalseOrderByReferralDateDescCreatedAtDesc(UUID childId);

    List<Assessment> findByChildIdInAndVoidedFalse(java.util.Collection<UUID> childIds);

    List<Assessment> findByStatusInAndVoidedFalseOrderByReferralDateAsc(Collection<AssessmentStatus> statuses);

    List<Assessment> findByStartDateBetweenAndVoidedFalseOrderByStartDateAsc(java.time.LocalDate from,
            java.time.LocalDate to);
}
