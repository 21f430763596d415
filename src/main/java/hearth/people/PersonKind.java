package hearth.people;

/** A child Hearth works with (to 25 as a care leaver), or an adult in their life. */
public enum PersonKind {
    CHILD, ADULT
}
