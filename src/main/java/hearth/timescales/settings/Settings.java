package hearth.timescales.settings;

import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.timescales.Deadline;
import hearth.timescales.LocalStandard;
import hearth.timescales.LocalStandards;
import hearth.timescales.TimescaleRules;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The local standards' current values, and the administrator's changes to them (each one audited). */
@Service
public class Settings implements LocalStandards {

    private final Map<String, LocalStandard> standards = new TreeMap<>();
    private final TimescaleSettingRepository settings;
    private final TimescaleSettingChangeRepository changes;
    private final Clock clock;
    private volatile Map<String, Deadline> current;

    Settings(List<TimescaleRules> registrations, TimescaleSettingRepository settings,
            TimescaleSettingChangeRepository changes, Clock clock) {
        registrations.forEach(r -> r.localStandards().forEach(s -> standards.put(s.key(), s)));
        this.settings = settings;
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public Deadline current(String key) {
        LocalStandard standard = standard(key);
        Map<String, Deadline> values = current;
        if (values == null) {
            values = new HashMap<>();
            for (TimescaleSetting setting : settings.findAll()) {
                values.put(setting.getKey(), setting.deadline());
            }
            current = values;
        }
        return values.getOrDefault(key, standard.defaultDeadline());
    }

    public LocalStandard standard(String key) {
        LocalStandard standard = key == null ? null : standards.get(key);
        if (standard == null) {
            throw new NotFoundException("Local standard");
        }
        return standard;
    }

    public List<LocalStandard> standards() {
        return List.copyOf(standards.values());
    }

    /** Sets a standard's value; the change and the value before it go into the history. */
    @Transactional
    public boolean change(String key, Deadline to) {
        LocalStandard standard = standard(key);
        if (!standard.allowedUnits().contains(to.unit())) {
            throw new IllegalArgumentException("Unit not allowed for " + key);
        }
        TimescaleSetting setting = settings.findByKey(key).orElse(null);
        Deadline before = setting == null ? standard.defaultDeadline() : setting.deadline();
        if (before.equals(to)) {
            return false;
        }
        if (setting == null) {
            setting = new TimescaleSetting(key);
        }
        String by = CurrentUser.username();
        setting.set(to, by, clock.instant());
        settings.save(setting);
        changes.save(new TimescaleSettingChange(key, before, to, by, clock.instant()));
        forgetAfterCommit();
        return true;
    }

    @Transactional(readOnly = true)
    public List<TimescaleSettingChange> history(String key) {
        return changes.findByKeyOrderByChangedAtDesc(standard(key).key());
    }

    private void forgetAfterCommit() {
        current = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    current = null;
                }
            });
        }
    }
}
