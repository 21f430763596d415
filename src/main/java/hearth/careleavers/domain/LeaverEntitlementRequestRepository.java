package hearth.careleavers.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeaverEntitlementRequestRepository extends JpaRepository<LeaverEntitlementRequest, UUID> {

    List<LeaverEntitlementRequest> findByChildIdOrderByRequestedOnDesc(UUID childId);

    List<LeaverEntitlementRequest> findByStatusNot(String status);
}
