package hearth.adoption.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdopterRepository extends JpaRepository<Adopter, UUID> {

    List<Adopter> findByVoidedFalseOrderByEnquiryOnDesc();
}
