package hearth.returns.ssda903rules;

/** DfE internal check INT33: a child is in OC2 at most once. */
final class RuleINT33 extends IntegrityRules.Once {

    RuleINT33() {
        super("INT33", "Internal Check: Child should only exist once in OC2.",
                SsdaTableName.OC2, "OC2");
    }
}
