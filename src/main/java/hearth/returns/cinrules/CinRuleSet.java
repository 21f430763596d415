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
 * before with only its changes: {@code CinRuleSet.CIN2025_26.next("cin2026_27", Set.of("8945Q"), List.of(new
 * Rule1234()))}.
 *
 * <p>{@code cin2025_26}: 105 of the DfE's 109 rules are implemented: 100 1103 1104 1105 1510 1520 1540 1550 1560Q
 * 1570 1580 2883 2884 2885 2886Q 2887Q 2888Q 2889 2990 2991Q 4000 4001 4003 4004 4008 4009Q 4010 4011 4012Q 4013
 * 4014 4015 4180 4220 8500 8510 8520 8525Q 8530Q 8535Q 8540 8545Q 8555Q 8565 8568 8569Q 8585Q 8590 8600 8606 8608
 * 8610 8614 8615 8620 8630 8640 8650 8670Q 8675Q 8696 8715 8720 8730 8736 8740 8750 8772 8775Q 8790 8794 8805 8810
 * 8815 8816 8820 8825Q 8831 8832 8839 8840 8841 8842Q 8863Q 8866 8867 8868 8869 8870Q 8873Q 8875 8890 8896 8897Q
 * 8898 8905 8910 8915 8920 8925 8930 8935 8940 8945Q 8950Q.
 *
 * <p>Not yet: 1530 (needs the DfE list of LA codes for UPN characters 2-4), 4016 and 4017 (CIN plan open alongside a
 * child protection plan; the D2I logic that tells them apart from 4001 is still to be checked), 8770Q (needs the
 * DfE's definition of school age for the UPN query). Working-day rules (8569Q, 8670Q, 8675Q) count weekdays and do
 * not yet know bank holidays.
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

    /** The next year's rules: these, less the retired codes, with the new or changed rules (same code replaces). */
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
