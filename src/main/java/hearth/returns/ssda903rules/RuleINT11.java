package hearth.returns.ssda903rules;

/** DfE internal check INT11: DOB in AD1 agrees with the header. */
final class RuleINT11 extends IntegrityRules.SameAsHeader {

    RuleINT11() {
        super("INT11", "Internal Check: DOB in AD1 is different to DOB in Header.",
                SsdaTableName.AD1, "AD1", "DOB");
    }
}
