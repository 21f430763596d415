package hearth.recording;

/** An upload Hearth will not keep (too big, empty, a type not allowed, or content not matching its name). */
public class UploadRefused extends IllegalArgumentException {

    private final String messageKey;

    public UploadRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** The wording for the person who uploaded it, in recording.properties. */
    public String messageKey() {
        return messageKey;
    }
}
