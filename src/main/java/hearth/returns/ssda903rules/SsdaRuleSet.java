package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The DfE SSDA903 rules for one collection year (returns.md Appendix B). A later year is built from the year before
 * with only its changes (see next): the codes it retires and the rules it adds or rewords. Which rules are implemented,
 * and which not yet, is listed in README.md beside this class.
 */
public final class SsdaRuleSet {

    /** The rules for the return ending 31 March 2026. */
    public static final SsdaRuleSet LAC2025_26 = new SsdaRuleSet("lac2025_26", SsdaRules2025.all());

    /**
     * The rules for the return ending 31 March 2027: 2025-26's, until the DoLO rules (700-710) on the deprivation of
     * liberty orders table are added.
     */
    public static final SsdaRuleSet LAC2026_27 = LAC2025_26.next("lac2026_27", Set.of(), List.of());

    private final String name;
    private final Map<String, SsdaRule> rules = new LinkedHashMap<>();

    private SsdaRuleSet(String name, Collection<SsdaRule> rules) {
        this.name = name;
        rules.forEach(r -> this.rules.put(r.code(), r));
    }

    /** The rule set for the collection year ending 31 March {@code year} (the latest known for later years). */
    public static SsdaRuleSet forYear(int year) {
        return year <= 2026 ? LAC2025_26 : LAC2026_27;
    }

    /**
     * The rules of the following year: these less the retired codes, plus the new rules; a new rule replaces one
     * with its code.
     */
    public SsdaRuleSet next(String nextName, Set<String> retired, List<SsdaRule> changed) {
        List<SsdaRule> kept = new ArrayList<>();
        rules.values().stream().filter(r -> !retired.contains(r.code())).forEach(kept::add);
        SsdaRuleSet next = new SsdaRuleSet(nextName, kept);
        changed.forEach(r -> next.rules.put(r.code(), r));
        return next;
    }

    public String name() {
        return name;
    }

    public List<SsdaRule> rules() {
        return List.copyOf(rules.values());
    }

    public SsdaRule rule(String code) {
        return rules.get(code);
    }

    /** Every finding of every rule, rule by rule. */
    public List<Finding> check(SsdaTables tables) {
        List<Finding> found = new ArrayList<>();
        for (SsdaRule rule : rules.values()) {
            found.addAll(rule.check(tables));
        }
        return found;
    }
}
