package hearth.court;

/**
 * An illegal change refused by the court records (e.g. a hearing before the proceedings were issued). The key
 * names the message in {@code messages/court.properties} that explains it to the user.
 */
public class CourtRuleBroken extends IllegalStateException {

    private final String key;

    public CourtRuleBroken(String key, String message) {
        super(message);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
