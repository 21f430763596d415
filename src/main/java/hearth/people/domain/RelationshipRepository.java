package hearth.people.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RelationshipRepository extends JpaRepository<Relationship, UUID> {

    List<Relationship> findByPersonIdAndVoidedFalse(UUID personId);

    List<Relationship> findByRelatedPersonIdAndVoidedFalse(UUID relatedPersonId);

    List<Relationship> findByPersonIdInAndTypeAndVoidedFalse(java.util.Collection<UUID> personIds,
            hearth.people.RelationshipType type);
}
