package hearth.childrenincare;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One SSDA903 episode, derived by Hearth from the recorded facts (nobody types these): DECOM, RNE, LS, CIN, PLACE,
 * PLACE_PROVIDER, DEC, REC, REASON_PLACE_CHANGE, HOME_POST, PL_POST and URN, as the 903 return spells them (codes as
 * strings; null where the return leaves the field blank). {@code placementId} and {@code carerName} say which
 * placement the episode is in, for the pages.
 */
public record CareEpisode(UUID childId, UUID periodId, LocalDate decom, String rne, String ls, String cin,
        String place, String placeProvider, LocalDate dec, String rec, String reasonPlaceChange, String homePost,
        String plPost, String urn, UUID placementId, String carerName) {

    /** True if the episode is open, or ends on or after {@code from} and starts on or before {@code to}. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !decom.isAfter(to) && (dec == null || !dec.isBefore(from));
    }
}
