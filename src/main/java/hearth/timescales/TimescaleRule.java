package hearth.timescales;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named timescale: what starts the clock, what satisfies it, the deadline (fixed, or a local
 * standard's current value), whether it recurs from the last actual event and which rule the next
 * obligation follows, whether it restarts (e.g. visits with each new placement), its standing, its
 * source citation and the calendar it counts working days in. Wording lives in a message bundle
 * under {@code timescale.<id>.name}, {@code .starts} and {@code .satisfies}.
 *
 * @param deadline      the fixed deadline, or null when {@code localStandard} sets it
 * @param localStandard the key of the {@link LocalStandard} that sets the deadline, or null
 * @param followedBy    the rule the next obligation is opened under when this one recurs
 */
public record TimescaleRule(String id, Standing standing, String source, Deadline deadline, String localStandard,
        Recurrence recurrence, String followedBy, boolean restarts, CalendarKind calendar) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public TimescaleRule {
        if (id == null || id.length() > 80 || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A rule id is lower-case words joined by hyphens: " + id);
        }
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recurrence, "recurrence");
        Objects.requireNonNull(calendar, "calendar");
        if ((deadline == null) == (localStandard == null)) {
            throw new IllegalArgumentException("Rule " + id + " needs a fixed deadline or a local standard, not both");
        }
        if (recurrence == Recurrence.ONE_OFF && followedBy != null) {
            throw new IllegalArgumentException("A one-off rule is not followed by another: " + id);
        }
        if (recurrence == Recurrence.FROM_LAST_EVENT && followedBy == null) {
            followedBy = id;
        }
    }

    public static Builder rule(String id) {
        return new Builder(id);
    }

    public boolean recurs() {
        return recurrence == Recurrence.FROM_LAST_EVENT;
    }

    public String nameKey() {
        return "timescale." + id + ".name";
    }

    public String startsKey() {
        return "timescale." + id + ".starts";
    }

    public String satisfiesKey() {
        return "timescale." + id + ".satisfies";
    }

    /** Declares a rule readably: {@code rule("x").within(45, WORKING_DAYS).standing(...).build()}. */
    public static final class Builder {
        private final String id;
        private Standing standing;
        private String source;
        private Deadline deadline;
        private String localStandard;
        private Recurrence recurrence = Recurrence.ONE_OFF;
        private String followedBy;
        private boolean restarts;
        private CalendarKind calendar;

        private Builder(String id) {
            this.id = id;
        }

        public Builder within(int amount, DeadlineUnit unit) {
            this.deadline = Deadline.of(amount, unit);
            return this;
        }

        /** The deadline is a local standard's current value, and the rule's standing is local. */
        public Builder withinLocalStandard(String key) {
            this.localStandard = key;
            this.standing = Standing.LOCAL_STANDARD;
            return this;
        }

        public Builder standing(Standing standing, String source) {
            this.standing = standing;
            this.source = source;
            return this;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /** Recurs from the last actual event under this same rule. */
        public Builder recursFromLastEvent() {
            this.recurrence = Recurrence.FROM_LAST_EVENT;
            return this;
        }

        /** Recurs from the last actual event under another rule (e.g. first review, then later reviews). */
        public Builder thenFollowedBy(String ruleId) {
            this.recurrence = Recurrence.FROM_LAST_EVENT;
            this.followedBy = ruleId;
            return this;
        }

        public Builder restarts() {
            this.restarts = true;
            return this;
        }

        public Builder calendar(CalendarKind calendar) {
            this.calendar = calendar;
            return this;
        }

        public TimescaleRule build() {
            CalendarKind kind = calendar != null ? calendar
                    : standing == Standing.LOCAL_STANDARD ? CalendarKind.LOCAL : CalendarKind.EW_STATUTORY;
            return new TimescaleRule(id, standing, source, deadline, localStandard, recurrence, followedBy, restarts,
                    kind);
        }
    }
}
