package hearth.timescales.settings;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimescaleSettingRepository extends JpaRepository<TimescaleSetting, UUID> {

    Optional<TimescaleSetting> findByKey(String key);
}
