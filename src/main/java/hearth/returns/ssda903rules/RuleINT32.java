package hearth.returns.ssda903rules;

/** DfE internal check INT32: a child is in Header at most once. */
final class RuleINT32 extends IntegrityRules.Once {

    RuleINT32() {
        super("INT32", "Internal Check: Child should only exist once in Header.",
                SsdaTableName.HEADER, "Header");
    }
}
