package hearth.returns.ssda903rules;

/** DfE internal check INT06: every child in OC3 is in the header. */
final class RuleINT06 extends IntegrityRules.InHeader {

    RuleINT06() {
        super("INT06", "Internal Check: Child in OC3 does not exist in Header.",
                SsdaTableName.OC3, "OC3");
    }
}
