package hearth.people.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonNameRepository extends JpaRepository<PersonName, UUID> {

    List<PersonName> findByPersonIdOrderByKind(UUID personId);
}
