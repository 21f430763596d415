package hearth.returns.ssda903rules;

/** DfE internal check INT12: DOB in PlacedAdoption agrees with the header. */
final class RuleINT12 extends IntegrityRules.SameAsHeader {

    RuleINT12() {
        super("INT12", "Internal Check: DOB in PlacedAdoption is different to DOB in Header.",
                SsdaTableName.PLACED_ADOPTION, "PlacedAdoption", "DOB");
    }
}
