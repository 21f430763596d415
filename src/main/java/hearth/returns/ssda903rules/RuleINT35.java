package hearth.returns.ssda903rules;

/** DfE internal check INT35: a child is in PrevPerm at most once. */
final class RuleINT35 extends IntegrityRules.Once {

    RuleINT35() {
        super("INT35", "Internal Check: Child should only exist once in PrevPerm.",
                SsdaTableName.PREV_PERM, "PrevPerm");
    }
}
