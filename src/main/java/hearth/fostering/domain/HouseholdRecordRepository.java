package hearth.fostering.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HouseholdRecordRepository extends JpaRepository<HouseholdRecord, UUID> {

    List<HouseholdRecord> findByHouseholdIdAndVoidedFalseOrderByHappenedOnDesc(UUID householdId);
}
