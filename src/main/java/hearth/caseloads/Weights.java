package hearth.caseloads;

import hearth.security.Role;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * The weights in force and the thresholds per role. A child counts once, at the weight of the heaviest kind of work
 * they need (a child on a protection plan is also a child in need, but counts as protection); a child with no known
 * kind counts as {@link WorkKind#OTHER}.
 */
public record Weights(Map<WorkKind, BigDecimal> byKind, Map<Role, BigDecimal> thresholds) {

    public BigDecimal of(Set<WorkKind> kinds) {
        if (kinds == null || kinds.isEmpty()) {
            return byKind.get(WorkKind.OTHER);
        }
        return kinds.stream().map(byKind::get).max(BigDecimal::compareTo).orElse(byKind.get(WorkKind.OTHER));
    }

    /** The threshold of a role, or null when the role has none. */
    public BigDecimal threshold(Role role) {
        return role == null ? null : thresholds.get(role);
    }
}
