package hearth.childprotection.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConferenceRepository extends JpaRepository<Conference, UUID> {

    List<Conference> findByChildIdAndVoidedFalseOrderByHeldOnDesc(UUID childId);

    boolean existsByEnquiryIdAndVoidedFalse(UUID enquiryId);

    List<Conference> findByPlanIdAndVoidedFalseOrderByHeldOnAsc(UUID planId);
}
