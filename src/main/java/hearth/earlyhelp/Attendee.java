package hearth.earlyhelp;

/** Someone at a team-around-the-family review, and the agency they came from. */
public record Attendee(String name, String agency) {
}
