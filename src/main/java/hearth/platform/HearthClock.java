package hearth.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The one clock of Hearth, in London time. The data generator records years of history through the contexts'
 * own APIs by pinning "now" to a past instant on its own thread only ({@link #during}); every other thread and
 * request keeps the real time.
 */
public class HearthClock extends Clock {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final ThreadLocal<Instant> pinned = new ThreadLocal<>();

    @Override
    public ZoneId getZone() {
        return LONDON;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(LONDON) ? this : Clock.fixed(instant(), zone);
    }

    @Override
    public final Instant instant() {
        Instant at = pinned.get();
        return at != null ? at : unpinnedInstant();
    }

    /** The time when nothing is pinned; tests override it to move time for everyone. */
    protected Instant unpinnedInstant() {
        return Instant.now();
    }

    /** Runs {@code work} on this thread as if it were {@code at}, then restores what was before. */
    public <T> T during(Instant at, Supplier<T> work) {
        Instant before = pinned.get();
        pinned.set(at);
        try {
            return work.get();
        } finally {
            if (before == null) {
                pinned.remove();
            } else {
                pinned.set(before);
            }
        }
    }

    /** Runs {@code work} on this thread as if it were {@code at}. */
    public void during(Instant at, Runnable work) {
        during(at, () -> {
            work.run();
            return null;
        });
    }
}
