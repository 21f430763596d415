package hearth.adoption.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CareFactRepository extends JpaRepository<CareFact, UUID> {

    List<CareFact> findByChildIdOrderByEnteredCareOnDesc(UUID childId);

    List<CareFact> findByCeasedOnIsNull();
}
