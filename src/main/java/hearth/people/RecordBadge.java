package hearth.people;

/** A status tag on a child's record; labelKey is a message key, colour a GOV.UK tag modifier. */
public record RecordBadge(String labelKey, String colour) {
}
