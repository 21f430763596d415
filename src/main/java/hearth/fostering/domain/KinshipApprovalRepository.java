package hearth.fostering.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KinshipApprovalRepository extends JpaRepository<KinshipApproval, UUID> {

    List<KinshipApproval> findByChildIdAndVoidedFalseOrderByApprovedOnDesc(UUID childId);

    List<KinshipApproval> findByOutcomeIsNullAndVoidedFalseOrderByExpiresOnAsc();
}
