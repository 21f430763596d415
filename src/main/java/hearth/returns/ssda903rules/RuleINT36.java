package hearth.returns.ssda903rules;

/** DfE internal check INT36: a child is in UASC at most once. */
final class RuleINT36 extends IntegrityRules.Once {

    RuleINT36() {
        super("INT36", "Internal Check: Child should only exist once in UASC.",
                SsdaTableName.UASC, "UASC");
    }
}
