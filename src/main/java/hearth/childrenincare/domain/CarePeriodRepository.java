package hearth.childrenincare.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CarePeriodRepository extends JpaRepository<CarePeriod, UUID> {

    List<CarePeriod> findByChildIdOrderByStartDateDesc(UUID childId);

    List<CarePeriod> findByEndDateIsNullOrEndDateGreaterThanEqual(java.time.LocalDate from);
}
