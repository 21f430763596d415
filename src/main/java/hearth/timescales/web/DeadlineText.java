package hearth.timescales.web;

import hearth.timescales.Deadline;

/** A deadline for a page: the amount and the message key of its unit, singular when the amount is 1. */
record DeadlineText(int amount, String unitKey) {

    static DeadlineText of(Deadline deadline) {
        String key = (deadline.amount() == 1 ? "timescales.unit.one." : "timescales.unit.") + deadline.unit().name();
        return new DeadlineText(deadline.amount(), key);
    }
}
