package hearth.timescales.rules;

import hearth.timescales.Deadline;
import hearth.timescales.LocalStandard;
import hearth.timescales.LocalStandards;
import hearth.timescales.RuleCatalogue;
import hearth.timescales.TimescaleRule;
import hearth.timescales.TimescaleRules;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/** Gathers every context's rules; refuses duplicate ids and rules pointing at nothing. */
@Service
class Catalogue implements RuleCatalogue {

    private final Map<String, TimescaleRule> rules = new TreeMap<>();
    private final Map<String, LocalStandard> standards = new LinkedHashMap<>();
    private final LocalStandards localStandards;

    Catalogue(List<TimescaleRules> registrations, LocalStandards localStandards) {
        this.localStandards = localStandards;
        for (TimescaleRules registration : registrations) {
            registration.localStandards().forEach(s -> {
                if (standards.putIfAbsent(s.key(), s) != null) {
                    throw new IllegalStateException("Local standard registered twice: " + s.key());
                }
            });
            registration.rules().forEach(r -> {
                if (rules.putIfAbsent(r.id(), r) != null) {
                    throw new IllegalStateException("Timescale rule registered twice: " + r.id());
                }
            });
        }
        for (TimescaleRule rule : rules.values()) {
            if (rule.localStandard() != null && !standards.containsKey(rule.localStandard())) {
                throw new IllegalStateException("Rule " + rule.id() + " reads an unknown local standard");
            }
            if (rule.followedBy() != null && !rules.containsKey(rule.followedBy())) {
                throw new IllegalStateException("Rule " + rule.id() + " is followed by an unknown rule");
            }
        }
    }

    @Override
    public List<TimescaleRule> all() {
        return List.copyOf(rules.values());
    }

    @Override
    public Optional<TimescaleRule> find(String id) {
        return Optional.ofNullable(id == null ? null : rules.get(id));
    }

    @Override
    public Deadline deadlineOf(TimescaleRule rule) {
        return rule.deadline() != null ? rule.deadline() : localStandards.current(rule.localStandard());
    }

    @Override
    public List<LocalStandard> localStandards() {
        return standards.values().stream().sorted(Comparator.comparing(LocalStandard::key)).toList();
    }
}
