package hearth.platform.cli;

/** Bad command-line options: the message says what is wrong, the usage follows it. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
