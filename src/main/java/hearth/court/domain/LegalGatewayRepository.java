package hearth.court.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LegalGatewayRepository extends JpaRepository<LegalGateway, UUID> {

    List<LegalGateway> findByChildIdAndVoidedFalseOrderByMeetingDateDescRecordedAtDesc(UUID childId);
}
