package hearth.returns.ssda903rules;

/** DfE internal check INT08: every child in Reviews is in the header. */
final class RuleINT08 extends IntegrityRules.InHeader {

    RuleINT08() {
        super("INT08", "Internal Check: Child in Reviews does not exist in Header.",
                SsdaTableName.REVIEWS, "Reviews");
    }
}
