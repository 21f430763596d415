package hearth.supervision.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupervisionActionRepository extends JpaRepository<SupervisionActionRecord, UUID> {

    List<SupervisionActionRecord> findBySupervisionIdInAndVoidedFalseOrderByDueOn(Collection<UUID> supervisionIds);
}
