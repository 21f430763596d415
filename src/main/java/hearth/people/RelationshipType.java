package hearth.people;

/** How one person stands to another, read "person is the TYPE of related person". */
public enum RelationshipType {
    MOTHER, FATHER, PARENT, STEP_PARENT, SIBLING, HALF_SIBLING, GRANDPARENT, AUNT_OR_UNCLE, OTHER_RELATIVE,
    CARER, HOUSEHOLD_MEMBER, FRIEND_OF_FAMILY, CHILD;

    /** The type seen from the other side: a mother's child is her CHILD, a sibling's is SIBLING. */
    public RelationshipType inverse() {
        return switch (this) {
            case MOTHER, FATHER, PARENT, STEP_PARENT -> CHILD;
            case SIBLING, HALF_SIBLING, HOUSEHOLD_MEMBER, FRIEND_OF_FAMILY -> this;
            case GRANDPARENT, AUNT_OR_UNCLE, OTHER_RELATIVE, CARER -> OTHER_RELATIVE;
            case CHILD -> PARENT;
        };
    }
}
