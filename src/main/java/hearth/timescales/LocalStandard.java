package hearth.timescales;

import java.util.Set;

/**
 * A timescale the authority sets for itself, which an administrator can change. Its wording is in a
 * message bundle under {@code standard.<key>.name} and {@code standard.<key>.hint}.
 */
public record LocalStandard(String key, Deadline defaultDeadline, Set<DeadlineUnit> allowedUnits, String source) {

    public LocalStandard {
        allowedUnits = Set.copyOf(allowedUnits);
        if (!allowedUnits.contains(defaultDeadline.unit())) {
            throw new IllegalArgumentException("The default unit of " + key + " is not allowed");
        }
    }

    public String nameKey() {
        return "timescales.standard." + key + ".name";
    }

    public String hintKey() {
        return "timescales.standard." + key + ".hint";
    }
}
