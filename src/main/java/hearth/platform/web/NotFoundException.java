package hearth.platform.web;

/** The record asked for does not exist (or is voided): answered as 404 with a clear message. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
