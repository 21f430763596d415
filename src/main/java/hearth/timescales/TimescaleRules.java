package hearth.timescales;

import java.util.List;

/**
 * How a context registers its timescales: declare a bean implementing this. Rule and standard ids
 * must be unique across the application; the catalogue refuses to start otherwise.
 */
public interface TimescaleRules {

    List<TimescaleRule> rules();

    /** Local standards this context's rules read, if it defines its own. */
    default List<LocalStandard> localStandards() {
        return List.of();
    }
}
