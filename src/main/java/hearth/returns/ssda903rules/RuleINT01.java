package hearth.returns.ssda903rules;

/** DfE internal check INT01: every child in AD1 is in the header. */
final class RuleINT01 extends IntegrityRules.InHeader {

    RuleINT01() {
        super("INT01", "Data Integrity Check: Child in AD1 does not exist in Header.",
                SsdaTableName.AD1, "AD1");
    }
}
