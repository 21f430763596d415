package hearth.returns.ssda903rules;

/** DfE internal check INT13: DOB in Missing agrees with the header. */
final class RuleINT13 extends IntegrityRules.SameAsHeader {

    RuleINT13() {
        super("INT13", "Internal Check: DOB in Missing is different to DOB in Header.",
                SsdaTableName.MISSING, "Missing", "DOB");
    }
}
