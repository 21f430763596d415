package hearth.adoption;

/** A change the adoption records refuse (e.g. a placement before the match); the key names the message. */
public class AdoptionRuleBroken extends IllegalStateException {

    private final String key;

    public AdoptionRuleBroken(String key, String message) {
        super(message);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
