package hearth.returns.ssda903rules;

/** DfE internal check INT07: every child in PrevPerm is in the header. */
final class RuleINT07 extends IntegrityRules.InHeader {

    RuleINT07() {
        super("INT07", "Internal Check: Child in PrevPerm does not exist in Header.",
                SsdaTableName.PREV_PERM, "PrevPerm");
    }
}
