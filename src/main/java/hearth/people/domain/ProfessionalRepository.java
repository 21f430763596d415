package hearth.people.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProfessionalRepository extends JpaRepository<Professional, UUID> {

    List<Professional> findByPersonIdAndVoidedFalse(UUID personId);
}
