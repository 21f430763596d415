package hearth.returns.ssda903rules;

/** DfE internal check INT34: a child is in OC3 at most once. */
final class RuleINT34 extends IntegrityRules.Once {

    RuleINT34() {
        super("INT34", "Internal Check: Child should only exist once in OC3.",
                SsdaTableName.OC3, "OC3");
    }
}
