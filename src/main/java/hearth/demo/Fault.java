package hearth.demo;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One data-quality fault planted in the demo data for the validation to find: the child (Hearth's id and the LA child
 * ID the returns use), a short name for the kind of fault, what was recorded, and the DfE rules that should find it.
 */
record Fault(UUID childId, String laChildId, String kind, String planted, List<Code> codes) {

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
