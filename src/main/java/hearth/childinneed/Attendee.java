package hearth.childinneed;

/** Someone invited to a review: their name, agency or role, and whether they attended or sent apologies. */
public record Attendee(String name, String agencyRole, boolean attended) {
}
