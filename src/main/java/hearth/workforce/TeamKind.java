package hearth.workforce;

/** What a team does, which decides where a child's work usually sits. */
public enum TeamKind {
    FRONT_DOOR, EARLY_HELP, ASSESSMENT, CHILDREN_IN_NEED, CHILD_PROTECTION, CHILDREN_IN_CARE, LEAVING_CARE,
    DISABLED_CHILDREN, FOSTERING, ADOPTION, REVIEWING, LADO, QUALITY_AND_PERFORMANCE, ADMINISTRATION
}
