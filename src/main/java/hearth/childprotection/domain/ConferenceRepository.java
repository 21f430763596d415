package hearth.childprotection.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConferenceRepository extends JpaRepository<Conference, UUID> {

    List<Conference> findByChildIdAndVoidedFalseOrderByHeldOnDesc(UUID childId);

    List<Conference> findByChildIdInAndVoidedFalse(java.util.Collection<UUID> childIds);

    boolean existsByEnquiryIdAndVoidedFalse(UUID enquiryId);

    List<Conference> findByKindAndHeldOnBetweenAndVoidedFalse(hearth.childprotection.ConferenceKind kind,
            java.time.LocalDate from, java.time.LocalDate to);

    List<Conference> findByPlanIdAndVoidedFalseOrderByHeldOnAsc(UUID planId);

    List<Conference> findByHeldOnBetweenAndVoidedFalseOrderByHeldOnAsc(java.time.LocalDate from,
            java.time.LocalDate to);
}
