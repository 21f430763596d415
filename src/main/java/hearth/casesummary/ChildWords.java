package hearth.casesummary;

import java.time.LocalDate;

/**
 * What a child said on one occasion, in their own words. {@code kind} is a message key naming the occasion (e.g.
 * {@code voice.kind.cinVisit}); {@code seenAlone} is null where seeing the child alone does not apply (a meeting);
 * {@code link} is the path of the full record.
 */
public record ChildWords(LocalDate date, String kind, Boolean seenAlone, String words, String link) {
}
