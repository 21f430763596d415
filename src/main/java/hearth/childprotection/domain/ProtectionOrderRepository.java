package hearth.childprotection.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProtectionOrderRepository extends JpaRepository<ProtectionOrder, UUID> {

    List<ProtectionOrder> findByChildIdAndVoidedFalseOrderByStartDateDesc(UUID childId);

    List<ProtectionOrder> findByStartDateBetweenAndVoidedFalseOrderByStartDateAsc(java.time.LocalDate from,
            java.time.LocalDate to);
}
