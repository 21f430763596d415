package hearth.missing;

import java.time.Duration;

/** A child's missing totals: all episodes, those in the last 12 months (missing and away), and time missing. */
public record MissingTotals(int allEpisodes, int episodesInYear, int missingInYear, int awayInYear,
        Duration timeInYear, Duration timeAll) {
}
