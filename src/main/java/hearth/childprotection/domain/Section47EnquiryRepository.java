package hearth.childprotection.domain;

import hearth.childprotection.EnquiryOutcome;
import hearth.childprotection.EnquiryStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Section47EnquiryRepository extends JpaRepository<Section47Enquiry, UUID> {

    List<Section47Enquiry> findByChildIdAndVoidedFalseOrderByStartDateDesc(UUID childId);

    List<Section47Enquiry> findByChildIdInAndVoidedFalse(java.util.Collection<UUID> childIds);

    Optional<Section47Enquiry> findFirstByStrategyDiscussionIdAndVoidedFalse(UUID strategyDiscussionId);

    List<Section47Enquiry> findByStatusAndOutcomeAndVoidedFalse(EnquiryStatus status, EnquiryOutcome outcome);

    List<Section47Enquiry> findByStartDateBetweenAndVoidedFalseOrderByStartDateAsc(java.time.LocalDate from,
            java.time.LocalDate to);
}
