package hearth.frontdoor.domain;

import hearth.frontdoor.ContactStatus;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactRepository extends JpaRepository<Contact, UUID> {

    List<Contact> findByChildIdAndVoidedFalseOrderByReceivedAtDesc(UUID childId);

    List<Contact> findByGroupIdAndVoidedFalse(UUID groupId);

    List<Contact> findByStatusAndVoidedFalseOrderByReceivedAtAsc(ContactStatus status);

    List<Contact> findByReceivedAtGreaterThanEqualAndReceivedAtLessThanAndVoidedFalseOrderByReceivedAtAsc(
            java.time.Instant from, java.time.Instant before);
}
