package hearth.returns.ssda903rules;

/** DfE internal check INT18: DOB in UASC agrees with the header. */
final class RuleINT18 extends IntegrityRules.SameAsHeader {

    RuleINT18() {
        super("INT18", "Internal Check: DOB in UASC is different to DOB in Header.",
                SsdaTableName.UASC, "UASC", "DOB");
    }
}
