package hearth.returns.cinrules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/**
 * One DfE CIN census validation rule, named by its DfE code ({@code 8869}, or {@code 8825Q} for a query) and
 * carrying the DfE's own message, so performance teams recognise what it reports.
 */
public interface CinRule {

    String code();

    String message();

    /** Errors stop the return being accepted; queries ({@code ...Q}) need an answer or a reason. */
    default boolean error() {
        return !code().endsWith("Q");
    }

    /** Every place in the census that breaks the rule. */
    List<Finding> check(CinTables tables);
}
