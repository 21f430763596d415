package hearth.demo;

import java.time.LocalDate;

/** One progress line of the journeys: the day reached, what was made so far, the rate and the time left. */
final class DemoProgress {

    private DemoProgress() {
    }

    /**
     * The line after {@code daysDone} of {@code days} days, {@code seconds} after the journeys began: the time left
     * assumes the days still to come go as fast as those done.
     */
    static String line(LocalDate reached, long daysDone, long days, int contacts, int referrals, double seconds) {
        double rate = seconds > 0 ? contacts / seconds : 0;
        String left = daysDone <= 0 ? "unknown" : duration(seconds * (days - daysDone) / daysDone);
        return String.format(java.util.Locale.ROOT, "  %s: %d contacts, %d referrals, %.1f contacts/s, about %s left",
                reached, contacts, referrals, rate, left);
    }

    static String duration(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        if (s >= 3600) {
            return (s / 3600) + " h " + (s % 3600 / 60) + " min";
        }
        if (s >= 60) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        return s + " s";
    }
}
