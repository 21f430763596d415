package hearth.returns.ssda903;

import hearth.returns.ssda903rules.SsdaTableName;
import java.util.List;

/**
 * The SSDA903 tables Hearth writes, each as one CSV named after the table (e.g. {@code episodes.csv}), with the DfE
 * column names in the order the DfE validator lists them; the names and columns are the validation's
 * {@link SsdaTableName}, so what is written and what is checked cannot drift apart.
 */
enum SsdaTable {
    HEADER(SsdaTableName.HEADER),
    EPISODES(SsdaTableName.EPISODES),
    REVIEWS(SsdaTableName.REVIEWS),
    UASC(SsdaTableName.UASC),
    OC2(SsdaTableName.OC2),
    OC3(SsdaTableName.OC3),
    AD1(SsdaTableName.AD1),
    PLACED_ADOPTION(SsdaTableName.PLACED_ADOPTION),
    PREV_PERM(SsdaTableName.PREV_PERM),
    MISSING(SsdaTableName.MISSING),
    SOCIAL_WORKER(SsdaTableName.SOCIAL_WORKER);

    private final SsdaTableName name;

    SsdaTable(SsdaTableName name) {
        this.name = name;
    }

    String fileName() {
        return name.stem() + ".csv";
    }

    String schemaName() {
        return name.stem();
    }

    List<String> columns() {
        return name.columns();
    }
}
