package hearth.people;

/** A person a search found, how closely, and the name it matched (which may be a former name). */
public record SearchHit(PersonSummary person, int score, String matchedName, boolean formerName, String postcode) {
}
