package hearth.returns.ssda903rules;

/** DfE internal check INT09: every child in UASC is in the header. */
final class RuleINT09 extends IntegrityRules.InHeader {

    RuleINT09() {
        super("INT09", "Internal Check: Child in UASC does not exist in Header.",
                SsdaTableName.UASC, "UASC");
    }
}
