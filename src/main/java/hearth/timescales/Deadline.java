package hearth.timescales;

/** An amount of a unit, e.g. 45 working days or 72 hours. */
public record Deadline(int amount, DeadlineUnit unit) {

    public static final int MAX_AMOUNT = 999;

    public Deadline {
        if (unit == null || amount < 0 || amount > MAX_AMOUNT) {
            throw new IllegalArgumentException("A deadline is 0 to " + MAX_AMOUNT + " of a unit");
        }
    }

    public static Deadline of(int amount, DeadlineUnit unit) {
        return new Deadline(amount, unit);
    }
}
