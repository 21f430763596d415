package hearth.court.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CourtOrderRepository extends JpaRepository<CourtOrder, UUID> {

    List<CourtOrder> findByChildIdAndVoidedFalseOrderByMadeOnAscRecordedAtAsc(UUID childId);
}
