package hearth.adoption.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdoptionJourneyRepository extends JpaRepository<AdoptionJourney, UUID> {

    List<AdoptionJourney> findByChildIdAndVoidedFalseOrderByDecidedOnDesc(UUID childId);

    List<AdoptionJourney> findByVoidedFalseOrderByDecidedOnAsc();
}
