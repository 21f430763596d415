package hearth.missing.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MissingLookedAfterPeriodRepository extends JpaRepository<MissingLookedAfterPeriod, UUID> {

    List<MissingLookedAfterPeriod> findByChildId(UUID childId);

    Optional<MissingLookedAfterPeriod> findByPeriodId(UUID periodId);

    List<MissingLookedAfterPeriod> findByEndDateIsNull();
}
