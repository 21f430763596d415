package hearth.childrenincare.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IroContactRepository extends JpaRepository<IroContact, UUID> {

    List<IroContact> findByPeriodIdAndVoidedFalseOrderByDateDescRecordedAtDesc(UUID periodId);

    List<IroContact> findByPeriodIdInAndVoidedFalseOrderByDateDescRecordedAtDesc(java.util.Collection<UUID> periodIds);
}
