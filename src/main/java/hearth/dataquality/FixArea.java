package hearth.dataquality;

import java.util.List;
import java.util.Set;

/**
 * Where in the child's record a DfE finding is put right, told from the first return field the rule names: the
 * person's details, the referral, the episode of need, the assessment, the CIN plan, the section 47 enquiry or the
 * child protection plan; RETURN for a finding about the whole return.
 */
public enum FixArea {
    PERSON, REFERRAL, EPISODE, ASSESSMENT, CIN_PLAN, ENQUIRY, CP_PLAN, RETURN;

    private static final Set<String> PERSON_FIELDS = Set.of("LAchildID", "UPN", "FormerUPN", "UPNunknown",
            "PersonBirthDate", "ExpectedPersonBirthDate", "Sex", "PersonDeathDate", "Ethnicity", "Disability");

    /** The area for a finding about a child ({@code child} false: the whole return). */
    public static FixArea of(boolean child, List<String> fields) {
        if (!child) {
            return RETURN;
        }
        String first = fields.isEmpty() ? "" : fields.get(0);
        if (PERSON_FIELDS.contains(first)) {
            return PERSON;
        }
        if (first.equals("CINreferralDate") || first.equals("ReferralSource")) {
            return REFERRAL;
        }
        if (first.startsWith("Assessment")) {
            return ASSESSMENT;
        }
        if (first.startsWith("CINPlan")) {
            return CIN_PLAN;
        }
        if (first.startsWith("S47") || first.equals("InitialCPCtarget") || first.equals("ICPCnotRequired")
                || first.equals("Section47") || first.equals("DateOfInitialCPC")) {
            return ENQUIRY;
        }
        if (first.startsWith("CPP") || first.endsWith("CategoryOfAbuse") || first.equals("NumberOfPreviousCPP")
                || first.equals("ChildProtectionPlans")) {
            return CP_PLAN;
        }
        return EPISODE;
    }
}
