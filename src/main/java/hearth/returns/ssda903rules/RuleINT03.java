package hearth.returns.ssda903rules;

/** DfE internal check INT03: every child in Episodes is in the header. */
final class RuleINT03 extends IntegrityRules.InHeader {

    RuleINT03() {
        super("INT03", "Internal Check: Child in Episodes does not exist in Header.",
                SsdaTableName.EPISODES, "Episodes");
    }
}
