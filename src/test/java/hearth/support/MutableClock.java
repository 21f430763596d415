package hearth.support;

import hearth.platform.HearthClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock tests move. Starts at the real time; {@link #reset()} puts it back. */
public class MutableClock extends HearthClock {

    public static final ZoneId LONDON = HearthClock.LONDON;
    private volatile Instant fixed;

    @Override
    public ZoneId getZone() {
        return LONDON;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    protected Instant unpinnedInstant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }

    public void set(Instant instant) {
        this.fixed = instant;
    }

    public void setDate(LocalDate date) {
        this.fixed = date.atTime(10, 0).atZone(LONDON).toInstant();
    }

    public void advance(Duration duration) {
        this.fixed = instant().plus(duration);
    }

    public void reset() {
        this.fixed = null;
    }
}
