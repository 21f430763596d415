package hearth.returns.ssda903rules;

/** DfE internal check INT14: DOB in OC2 agrees with the header. */
final class RuleINT14 extends IntegrityRules.SameAsHeader {

    RuleINT14() {
        super("INT14", "Internal Check: DOB in OC2 is different to DOB in Header.",
                SsdaTableName.OC2, "OC2", "DOB");
    }
}
