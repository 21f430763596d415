package hearth.childinneed.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewAttendeeRepository extends JpaRepository<ReviewAttendee, UUID> {

    List<ReviewAttendee> findByReviewIdInOrderByPosition(java.util.Collection<UUID> reviewIds);
}
