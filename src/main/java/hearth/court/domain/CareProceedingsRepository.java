package hearth.court.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CareProceedingsRepository extends JpaRepository<CareProceedings, UUID> {

    List<CareProceedings> findByChildIdAndVoidedFalseOrderByIssuedOnDesc(UUID childId);

    List<CareProceedings> findByOpenTrueAndVoidedFalseOrderByDeadlineAsc();
}
