package hearth.caseloads.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseloadSettingChangeRepository extends JpaRepository<CaseloadSettingChange, UUID> {

    List<CaseloadSettingChange> findByKeyOrderByChangedAtDesc(String key);
}
