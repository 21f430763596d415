package hearth.fostering.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FosterHouseholdRepository extends JpaRepository<FosterHousehold, UUID> {

    List<FosterHousehold> findByVoidedFalseOrderByNameAsc();
}
