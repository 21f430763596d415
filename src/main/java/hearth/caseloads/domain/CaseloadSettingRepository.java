package hearth.caseloads.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseloadSettingRepository extends JpaRepository<CaseloadSetting, String> {
}
