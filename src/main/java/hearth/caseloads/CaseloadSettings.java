package hearth.caseloads;

import hearth.caseloads.domain.CaseloadSetting;
import hearth.caseloads.domain.CaseloadSettingChange;
import hearth.caseloads.domain.CaseloadSettingChangeRepository;
import hearth.caseloads.domain.CaseloadSettingRepository;
import hearth.security.CurrentUser;
import hearth.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weight of each kind of work and the weighted caseload each role should not pass, with their defaults; an
 * administrator changes them and every change (who, when, before, after) is kept.
 */
@Service
public class CaseloadSettings {

    /** Default thresholds for the roles that hold children's work; other roles have none. */
    static final Map<Role, BigDecimal> DEFAULT_THRESHOLDS = new EnumMap<>(Map.of(
            Role.SOCIAL_WORKER, new BigDecimal("18.00"), Role.FAMILY_WORKER, new BigDecimal("20.00"),
            Role.PERSONAL_ADVISER, new BigDecimal("25.00"), Role.TEAM_MANAGER, new BigDecimal("5.00"),
            Role.FRONT_DOOR_WORKER, new BigDecimal("15.00")));

    /** A setting with its current value and default. */
    public record Setting(String key, String nameKey, BigDecimal current, BigDecimal defaultValue) {
    }

    /** One change, as the history shows it. */
    public record Change(String by, java.time.ZonedDateTime at, BigDecimal before, BigDecimal after) {
    }

    private final CaseloadSettingRepository settings;
    private final CaseloadSettingChangeRepository changes;
    private final Clock clock;

    CaseloadSettings(CaseloadSettingRepository settings, CaseloadSettingChangeRepository changes, Clock clock) {
        this.settings = settings;
        this.changes = changes;
        this.clock = clock;
    }

    /** Every setting: weights first, then thresholds, each with its default. */
    @Transactional(readOnly = true)
    public List<Setting> all() {
        Map<String, BigDecimal> stored = stored();
        Map<String, Setting> all = new LinkedHashMap<>();
        for (WorkKind k : WorkKind.values()) {
            String key = "weight." + k.name();
            all.put(key, new Setting(key, "caseloads.kind." + k.name(), stored.getOrDefault(key, k.defaultWeight()),
                    k.defaultWeight()));
        }
        DEFAULT_THRESHOLDS.forEach((role, d) -> {
            String key = "threshold." + role.name();
            all.put(key, new Setting(key, "caseloads.role." + role.name(), stored.getOrDefault(key, d), d));
        });
        return List.copyOf(all.values());
    }

    @Transactional(readOnly = true)
    public Optional<Setting> find(String key) {
        return all().stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The weights in force, by kind of work. */
    @Transactional(readOnly = true)
    public Weights weights() {
        Map<String, BigDecimal> stored = stored();
        Map<WorkKind, BigDecimal> weights = new EnumMap<>(WorkKind.class);
        for (WorkKind k : WorkKind.values()) {
            weights.put(k, stored.getOrDefault("weight." + k.name(), k.defaultWeight()));
        }
        Map<Role, BigDecimal> thresholds = new EnumMap<>(Role.class);
        DEFAULT_THRESHOLDS.forEach((role, d) -> thresholds.put(role, stored.getOrDefault("threshold." + role.name(), d)));
        return new Weights(weights, thresholds);
    }

    /** Changes a setting; the value before and after go into the history. Answers false when nothing changed. */
    @Transactional
    public boolean change(String key, BigDecimal to) {
        Setting setting = find(key).orElseThrow(() -> new IllegalArgumentException("No such setting " + key));
        if (to.signum() < 0 || to.compareTo(new BigDecimal("999.99")) > 0) {
            throw new IllegalArgumentException("Out of range");
        }
        if (setting.current().compareTo(to) == 0) {
            return false;
        }
        CaseloadSetting stored = settings.findById(key).orElseGet(() -> new CaseloadSetting(key));
        String by = CurrentUser.username();
        stored.set(to, by, clock.instant());
        settings.save(stored);
        changes.save(new CaseloadSettingChange(key, setting.current(), to, by, clock.instant()));
        return true;
    }

    @Transactional(readOnly = true)
    public List<Change> history(String key) {
        return changes.findByKeyOrderByChangedAtDesc(key).stream()
                .map(c -> new Change(c.getChangedBy(), c.getChangedAt().atZone(java.time.ZoneId.of("Europe/London")), c.getBefore(), c.getAfter())).toList();
    }

    private Map<String, BigDecimal> stored() {
        Map<String, BigDecimal> stored = new LinkedHashMap<>();
        settings.findAll().forEach(s -> stored.put(s.getKey(), s.getAmount()));
        return stored;
    }
}
