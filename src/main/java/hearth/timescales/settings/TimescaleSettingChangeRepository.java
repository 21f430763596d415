package hearth.timescales.settings;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimescaleSettingChangeRepository extends JpaRepository<TimescaleSettingChange, UUID> {

    List<TimescaleSettingChange> findByKeyOrderByChangedAtDesc(String key);
}
