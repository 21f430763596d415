package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * DfE rule 8770Q: a child of school age (born six or more years before the reference date, as the D2I validator
 * reads it) with an episode that went on to further action has a UPN, or a reason for none other than UN1 ("not of
 * school age").
 */
final class Rule8770Q extends CinRuleBase {

    private static final Set<String> REASONS = Set.of("UN2", "UN3", "UN4", "UN5", "UN6", "UN7");

    Rule8770Q() {
        super("8770Q", "Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing"
                + " or is UN1 for a child who is of school age.");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        LocalDate reference = t.censusEnd();
        if (reference == null) {
            return found;
        }
        LocalDate schoolAge = reference.minusYears(6);
        for (CinTables.ChildIdentifiers c : t.childIdentifiers()) {
            boolean ofSchoolAge = c.birthDate() != null && !c.birthDate().isAfter(schoolAge);
            boolean furtherAction = t.cinDetails().stream()
                    .anyMatch(d -> CinTables.eq(d.laChildId(), c.laChildId()) && !d.nfa());
            boolean reason = c.upnUnknown() != null && REASONS.contains(c.upnUnknown().strip().toUpperCase());
            if (ofSchoolAge && furtherAction && blank(c.upn()) && !reason) {
                found.add(finding(c.laChildId(), "UPN", "UPNunknown"));
            }
        }
        return found;
    }
}
