package hearth.demo;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One data-quality fault planted in the demo data for the validation to find: the child (Hearth's id and the LA child
 * ID the returns use), a short name for the kind of fault, what was recorded, and the DfE rules that should find it.
 */
record Fault(UUID childId, String laChildId, String kind, String planted, List<Code> codes) {

    /** Faults asked for (issues 4 and 9) that {@link DemoFaults} does not plant, and why. */
    static final List<String> NOT_PLANTED = List.of(
            "A referral recorded after the assessment started (CIN 1103): refused - an assessment cannot start before"
                    + " its referral, and a referral is dated the day the contact is decided.",
            "A child protection plan without an initial conference (CIN 2883, 2885): refused - a plan is only made by"
                    + " an initial conference's decision.",
            "A care episode with no legal status (SSDA903 144): refused - becoming looked after and a change of"
                    + " legal status both need one.",
            "A child with no recorded ethnicity (CIN 4220, SSDA903 103): accepted, but both returns write NOBT"
                    + " (information not yet obtained, a valid code), so no DfE rule can see it.",
            "A placement with no postcode (SSDA903 392b): accepted and found by 392b, but not planted yet.",
            "A review of a child under 4 coded PN1-PN7 (SSDA903 441): refused - the participation code must fit the"
                    + " child's age on the day.",
            "A child with no recorded sex: the person form and People refuse it (a child of unknown sex is planted"
                    + " as U, SSDA903 232).",
            "A UPN with the wrong check letter (CIN 1510): refused - the person form and People check the letter;"
                    + " rule 1510 still finds one recorded before they did.",
            "A placement move of a child under 10 for the reason CUSTOD (SSDA903 234): refused - the placement must"
                    + " fit the child's age on the day.");

    /** A DfE rule in one return: {@code cin-census} or {@code ssda903} (the export's name) and the rule's code. */
    record Code(String returnName, String rule) {

        static Code cin(String rule) {
            return new Code("cin-census", rule);
        }

        static Code ssda(String rule) {
            return new Code("ssda903", rule);
        }

        @Override
        public String toString() {
            return (returnName.equals("cin-census") ? "CIN " : "SSDA903 ") + rule;
        }
    }

    /** The fault as one line for people: child, what was planted, the rules. */
    String line() {
        return laChildId + " (" + kind + "): " + planted + " - found by " + rules();
    }

    /** The fault as one tab-separated row: LA child ID, kind, rules (comma-separated), what was planted. */
    String row() {
        return laChildId + "\t" + kind + "\t" + rules() + "\t" + planted;
    }

    private String rules() {
        return codes.stream().map(Code::toString).collect(Collectors.joining(", "));
    }
}
