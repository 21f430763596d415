package hearth.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RestrictionRepository extends JpaRepository<Restriction, UUID> {

    Optional<Restriction> findFirstBySubjectIdAndLiftedFalse(UUID subjectId);

    List<Restriction> findBySubjectIdInAndLiftedFalse(Collection<UUID> subjectIds);
}
