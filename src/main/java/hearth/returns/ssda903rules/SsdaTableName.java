package hearth.returns.ssda903rules;

import java.util.List;

/**
 * The SSDA903 tables the rules read, each with the DfE column names the validator recognises it by (returns.md 2.1).
 * A file is matched by its name ({@code episodes.csv}) or, failing that, by its header row.
 */
public enum SsdaTableName {
    HEADER("header", "CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"),
    EPISODES("episodes", "CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
            "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"),
    REVIEWS("reviews", "CHILD", "DOB", "REVIEW", "REVIEW_CODE"),
    UASC("uasc", "CHILD", "SEX", "DOB", "DUC"),
    OC2("oc2", "CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS",
            "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"),
    OC3("oc3", "CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"),
    AD1("ad1", "CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"),
    PLACED_ADOPTION("placed_adoption", "CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED",
            "REASON_PLACED_CEASED"),
    PREV_PERM("prev_perm", "CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"),
    MISSING("missing", "CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"),
    SOCIAL_WORKER("social_worker", "CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON");

    private final String stem;
    private final List<String> columns;

    SsdaTableName(String stem, String... columns) {
        this.stem = stem;
        this.columns = List.of(columns);
    }

    public String stem() {
        return stem;
    }

    public List<String> columns() {
        return columns;
    }

    /** The table a file is for, by its name, or null. */
    static SsdaTableName byFileName(String fileName) {
        for (SsdaTableName t : values()) {
            if (fileName.equalsIgnoreCase(t.stem + ".csv")) {
                return t;
            }
        }
        return null;
    }

    /** The table whose columns are exactly these (in any order), or null. */
    static SsdaTableName byColumns(List<String> header) {
        for (SsdaTableName t : values()) {
            if (header.size() == t.columns.size() && header.containsAll(t.columns)) {
                return t;
            }
        }
        return null;
    }
}
