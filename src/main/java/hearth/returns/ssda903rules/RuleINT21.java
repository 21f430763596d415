package hearth.returns.ssda903rules;

/** DfE internal check INT21: SEX in UASC agrees with the header. */
final class RuleINT21 extends IntegrityRules.SameAsHeader {

    RuleINT21() {
        super("INT21", "Internal Check: SEX in UASC is different to SEX in Header.",
                SsdaTableName.UASC, "UASC", "SEX");
    }
}
