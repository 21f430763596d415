package hearth.timescales;

import java.util.List;
import java.util.Optional;

/** Published API: every registered timescale rule. */
public interface RuleCatalogue {

    /** All rules, ordered by id. */
    List<TimescaleRule> all();

    Optional<TimescaleRule> find(String id);

    /** The deadline a rule sets now: its fixed deadline, or its local standard's current value. */
    Deadline deadlineOf(TimescaleRule rule);

    List<LocalStandard> localStandards();
}
