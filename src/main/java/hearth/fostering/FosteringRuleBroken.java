package hearth.fostering;

/**
 * A change the fostering records refuse (e.g. a second extension of a connected person's temporary approval). The
 * key names the message in {@code messages/fostering.properties} that explains it to the user.
 */
public class FosteringRuleBroken extends IllegalStateException {

    private final String key;

    public FosteringRuleBroken(String key, String message) {
        super(message);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
