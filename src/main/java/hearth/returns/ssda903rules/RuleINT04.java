package hearth.returns.ssda903rules;

/** DfE internal check INT04: every child in Missing is in the header. */
final class RuleINT04 extends IntegrityRules.InHeader {

    RuleINT04() {
        super("INT04", "Internal Check: Child in Missing does not exist in Header.",
                SsdaTableName.MISSING, "Missing");
    }
}
