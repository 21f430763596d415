package hearth.court.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PreProceedingsRepository extends JpaRepository<PreProceedings, UUID> {

    List<PreProceedings> findByChildIdAndVoidedFalseOrderByStartedOnDesc(UUID childId);

    List<PreProceedings> findByOpenTrueAndVoidedFalseOrderByStartedOnAsc();
}
