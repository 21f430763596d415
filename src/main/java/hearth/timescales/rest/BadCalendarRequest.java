package hearth.timescales.rest;

/** A calendar question that cannot be answered: the message key and its arguments say why. */
class BadCalendarRequest extends IllegalArgumentException {

    private final transient Object[] arguments;

    BadCalendarRequest(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments;
    }

    Object[] arguments() {
        return arguments;
    }
}
