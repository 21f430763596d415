package hearth.returns.ssda903rules;

/** DfE internal check INT17: DOB in Reviews agrees with the header. */
final class RuleINT17 extends IntegrityRules.SameAsHeader {

    RuleINT17() {
        super("INT17", "Internal Check: DOB in Reviews is different to DOB in Header.",
                SsdaTableName.REVIEWS, "Reviews", "DOB");
    }
}
