package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The DfE's internal checks, shared by the INT rules: each is one of these applied to one table. */
final class IntegrityRules {

    private IntegrityRules() {
    }

    /** Every child in the table is in the header. */
    abstract static class InHeader extends SsdaRuleBase {
        private final SsdaTableName table;

        InHeader(String code, String message, SsdaTableName table, String tableLabel) {
            super(code, message, "Header", tableLabel);
            this.table = table;
        }

        @Override
        public List<Finding> check(SsdaTables t) {
            Map<String, SsdaRow> header = t.headerByChild();
            return where(t.rows(table), r -> !header.containsKey(r.child()), "CHILD");
        }
    }

    /** The table's {@code column} agrees with the header's for the same child. */
    abstract static class SameAsHeader extends SsdaRuleBase {
        private final SsdaTableName table;
        private final String column;

        SameAsHeader(String code, String message, SsdaTableName table, String tableLabel, String column) {
            super(code, message, "Header", tableLabel);
            this.table = table;
            this.column = column;
        }

        @Override
        public List<Finding> check(SsdaTables t) {
            Map<String, SsdaRow> header = t.headerByChild();
            return where(t.rows(table), r -> header.containsKey(r.child())
                    && !header.get(r.child()).text(column).equals(r.text(column)), column);
        }
    }

    /** A child appears at most once in the table. */
    abstract static class Once extends SsdaRuleBase {
        private final SsdaTableName table;

        Once(String code, String message, SsdaTableName table, String tableLabel) {
            super(code, message, tableLabel);
            this.table = table;
        }

        @Override
        public List<Finding> check(SsdaTables t) {
            Map<String, Integer> counts = new HashMap<>();
            t.rows(table).forEach(r -> counts.merge(r.child(), 1, Integer::sum));
            return where(t.rows(table), r -> counts.get(r.child()) > 1, "CHILD");
        }
    }
}
