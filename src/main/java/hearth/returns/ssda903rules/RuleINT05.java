package hearth.returns.ssda903rules;

/** DfE internal check INT05: every child in OC2 is in the header. */
final class RuleINT05 extends IntegrityRules.InHeader {

    RuleINT05() {
        super("INT05", "Internal Check: Child in OC2 does not exist in Header.",
                SsdaTableName.OC2, "OC2");
    }
}
