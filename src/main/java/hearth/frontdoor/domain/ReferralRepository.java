package hearth.frontdoor.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferralRepository extends JpaRepository<Referral, UUID> {

    List<Referral> findByChildIdAndVoidedFalseOrderByDateDescCreatedAtDesc(UUID childId);

    List<Referral> findByDateGreaterThanEqualAndVoidedFalseOrderByDateDescCreatedAtDesc(LocalDate from);
}
