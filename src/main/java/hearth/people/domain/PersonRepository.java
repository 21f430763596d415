package hearth.people.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, UUID> {

    Optional<Person> findByLaChildId(String laChildId);

    List<Person> findByNhsNumberAndVoidedFalse(String nhsNumber);

    List<Person> findByUpnAndVoidedFalse(String upn);

    @Query("select max(p.laChildId) from Person p where p.laChildId is not null")
    Optional<String> highestLaChildId();

    long countByKindAndVoidedFalse(hearth.people.PersonKind kind);
}
