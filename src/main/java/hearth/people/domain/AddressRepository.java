package hearth.people.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AddressRepository extends JpaRepository<Address, UUID> {

    List<Address> findByPersonIdAndVoidedFalseOrderByFromDesc(UUID personId);
}
