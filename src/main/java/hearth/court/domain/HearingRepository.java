package hearth.court.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HearingRepository extends JpaRepository<Hearing, UUID> {

    List<Hearing> findByProceedingsIdAndVoidedFalseOrderByDateAscRecordedAtAsc(UUID proceedingsId);
}
