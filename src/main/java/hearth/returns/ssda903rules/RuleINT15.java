package hearth.returns.ssda903rules;

/** DfE internal check INT15: DOB in OC3 agrees with the header. */
final class RuleINT15 extends IntegrityRules.SameAsHeader {

    RuleINT15() {
        super("INT15", "Internal Check: DOB in OC3 is different to DOB in Header.",
                SsdaTableName.OC3, "OC3", "DOB");
    }
}
