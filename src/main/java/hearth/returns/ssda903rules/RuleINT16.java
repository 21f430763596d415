package hearth.returns.ssda903rules;

/** DfE internal check INT16: DOB in PrevPerm agrees with the header. */
final class RuleINT16 extends IntegrityRules.SameAsHeader {

    RuleINT16() {
        super("INT16", "Internal Check: DOB in PrevPerm is different to DOB in Header.",
                SsdaTableName.PREV_PERM, "PrevPerm", "DOB");
    }
}
