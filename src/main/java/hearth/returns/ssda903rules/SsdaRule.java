package hearth.returns.ssda903rules;

import hearth.returns.ReturnValidation.Finding;
import java.util.List;

/**
 * One DfE SSDA903 validation rule, named by its DfE code ({@code 142}, {@code 205A}, {@code SW08STG2}), with the
 * DfE's message and the tables it reads, so performance teams recognise what it reports.
 */
public interface SsdaRule {

    String code();

    String message();

    /** The tables the rule reads (DfE names, e.g. Episodes, Header). */
    List<String> tables();

    /** Every SSDA903 rule is an error: the return is not accepted until it is fixed or explained. */
    default boolean error() {
        return true;
    }

    /** Every place in the return that breaks the rule. */
    List<Finding> check(SsdaTables tables);
}
