package hearth.returns.ssda903;

import java.util.List;

/**
 * The SSDA903 tables Hearth writes, each as one CSV named after the table (e.g. {@code episodes.csv}), with the DfE
 * column names in the order the DfE validator lists them (csc-validator-be-903 {@code config.column_names}; the
 * validator recognises a file by its header row).
 */
enum SsdaTable {
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

    private final String fileStem;
    private final List<String> columns;

    SsdaTable(String fileStem, String... columns) {
        this.fileStem = fileStem;
        this.columns = List.of(columns);
    }

    String fileName() {
        return fileStem + ".csv";
    }

    String schemaName() {
        return fileStem;
    }

    List<String> columns() {
        return columns;
    }
}
