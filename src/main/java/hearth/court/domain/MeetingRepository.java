package hearth.court.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingRepository extends JpaRepository<Meeting, UUID> {

    List<Meeting> findByPreProceedingsIdAndVoidedFalseOrderByDateAscRecordedAtAsc(UUID preProceedingsId);
}
