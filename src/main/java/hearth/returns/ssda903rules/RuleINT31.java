package hearth.returns.ssda903rules;

/** DfE internal check INT31: a child is in AD1 at most once. */
final class RuleINT31 extends IntegrityRules.Once {

    RuleINT31() {
        super("INT31", "Internal Check: Child should only exist once in AD1.",
                SsdaTableName.AD1, "AD1");
    }
}
