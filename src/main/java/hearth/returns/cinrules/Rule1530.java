package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * DfE rule 1530: characters 2-4 of a 13-character UPN are an LA code in use since April 1998 or one of the DfE's
 * pseudo-LA codes (the ranges below are the DfE's list).
 */
final class Rule1530 extends CinRuleBase {

    /** Inclusive ranges of recognised codes, lowest first. */
    private static final int[][] LA_CODES = {
            {1, 5}, {201, 213}, {301, 320}, {330, 336}, {340, 344}, {350, 359}, {370, 373}, {380, 384}, {390, 394},
            {420, 420}, {660, 681}, {701, 708}, {800, 803}, {805, 808}, {810, 813}, {815, 816}, {820, 823},
            {825, 826}, {830, 831}, {835, 841}, {845, 846}, {850, 852}, {855, 857}, {860, 861}, {865, 896},
            {908, 909}, {916, 916}, {919, 919}, {921, 921}, {925, 926}, {928, 929}, {931, 931}, {933, 933},
            {935, 938}, {940, 941}};

    Rule1530() {
        super("1530", "UPN invalid (characters 2-4 not a recognised LA code)");
    }

    @Override
    public List<Finding> check(CinTables t) {
        List<Finding> found = new ArrayList<>();
        for (CinTables.ChildIdentifiers c : t.childIdentifiers()) {
            if (c.upn() != null && c.upn().length() == 13 && !recognised(c.upn().substring(1, 4))) {
                found.add(finding(c.laChildId(), "UPN"));
            }
        }
        return found;
    }

    static boolean recognised(String code) {
        if (!code.matches("\\d{3}")) {
            return false;
        }
        int number = Integer.parseInt(code);
        for (int[] range : LA_CODES) {
            if (number >= range[0] && number <= range[1]) {
                return true;
            }
        }
        return false;
    }
}
