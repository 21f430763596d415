package hearth.returns.ssda903rules;

/** DfE internal check INT02: every child in PlacedAdoption is in the header. */
final class RuleINT02 extends IntegrityRules.InHeader {

    RuleINT02() {
        super("INT02", "Internal Check: Child in PlacedAdoption does not exist in Header.",
                SsdaTableName.PLACED_ADOPTION, "PlacedAdoption");
    }
}
