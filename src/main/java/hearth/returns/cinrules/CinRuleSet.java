package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The DfE CIN census rules for one collection year (returns.md Appendix A). A later year is built from the year
 * before with only its changes (see next): the codes it retires and the rules it adds or rewords. Which rules are
 * implemented, and which not yet, is listed in README.md beside this class.
 */
public final class CinRuleSet {

    /** The rules for the census ending 31 March 2026. */
    public static final CinRuleSet CIN2025_26 = new CinRuleSet("cin2025_26", List.of(
            new Rule100(),
            new Rule1103(),
            new Rule1104(),
            new Rule1105(),
            new Rule1510(),
            new Rule1520(),
            new Rule1530(),
            new Rule1540(),
            new Rule1550(),
            new Rule1560Q(),
            new Rule1570(),
            new Rule1580(),
            new Rule2883(),
            new Rule2884(),
            new Rule2885(),
            new Rule2886Q(),
            new Rule2887Q(),
            new Rule2888Q(),
            new Rule2889(),
            new Rule2990(),
            new Rule2991Q(),
            new Rule4000(),
            new Rule4001(),
            new Rule4003(),
            new Rule4004(),
            new Rule4008(),
            new Rule4009Q(),
            new Rule4010(),
            new Rule4011(),
            new Rule4012Q(),
            new Rule4013(),
            new Rule4014(),
            new Rule4015(),
            new Rule4016(),
            new Rule4017(),
            new Rule4180(),
            new Rule4220(),
            new Rule8500(),
            new Rule8510(),
            new Rule8520(),
            new Rule8525Q(),
            new Rule8530Q(),
            new Rule8535Q(),
            new Rule8540(),
            new Rule8545Q(),
            new Rule8555Q(),
            new Rule8565(),
            new Rule8568(),
            new Rule8569Q(),
            new Rule8585Q(),
            new Rule8590(),
            new Rule8600(),
            new Rule8606(),
            new Rule8608(),
            new Rule8610(),
            new Rule8614(),
            new Rule8615(),
            new Rule8620(),
            new Rule8630(),
            new Rule8640(),
            new Rule8650(),
            new Rule8670Q(),
            new Rule8675Q(),
            new Rule8696(),
            new Rule8715(),
            new Rule8720(),
            new Rule8730(),
            new Rule8736(),
            new Rule8740(),
            new Rule8750(),
            new Rule8770Q(),
            new Rule8772(),
            new Rule8775Q(),
            new Rule8790(),
            new Rule8794(),
            new Rule8805(),
            new Rule8810(),
            new Rule8815(),
            new Rule8816(),
            new Rule8820(),
            new Rule8825Q(),
            new Rule8831(),
            new Rule8832(),
            new Rule8839(),
            new Rule8840(),
            new Rule8841(),
            new Rule8842Q(),
            new Rule8863Q(),
            new Rule8866(),
            new Rule8867(),
            new Rule8868(),
            new Rule8869(),
            new Rule8870Q(),
            new Rule8873Q(),
            new Rule8875(),
            new Rule8890(),
            new Rule8896(),
            new Rule8897Q(),
            new Rule8898(),
            new Rule8905(),
            new Rule8910(),
            new Rule8915(),
            new Rule8920(),
            new Rule8925(),
            new Rule8930(),
            new Rule8935(),
            new Rule8940(),
            new Rule8945Q(),
            new Rule8950Q()));

    private final String name;
    private final Map<String, CinRule> rules = new LinkedHashMap<>();

    private CinRuleSet(String name, Collection<CinRule> rules) {
        this.name = name;
        rules.forEach(r -> this.rules.put(r.code(), r));
    }

    /** The rules of the following year: these less the retired codes, plus the new rules; a new rule replaces one with its code. */
    public CinRuleSet next(String nextName, Set<String> retired, List<CinRule> changed) {
        List<CinRule> kept = new ArrayList<>();
        rules.values().stream().filter(r -> !retired.contains(r.code())).forEach(kept::add);
        CinRuleSet next = new CinRuleSet(nextName, kept);
        changed.forEach(r -> next.rules.put(r.code(), r));
        return next;
    }

    public String name() {
        return name;
    }

    public List<CinRule> rules() {
        return List.copyOf(rules.values());
    }

    /** Every finding of every rule, rule by rule in code order. */
    public List<Finding> check(CinTables tables) {
        List<Finding> found = new ArrayList<>();
        for (CinRule rule : rules.values()) {
            found.addAll(rule.check(tables));
        }
        return found;
    }
}
