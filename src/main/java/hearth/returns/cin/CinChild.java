package hearth.returns.cin;

import hearth.people.ReturnIdentity;
import java.time.LocalDate;
import java.util.List;

/**
 * One child in the CIN census, already in the census's terms: identifiers, characteristics and one {@link Details}
 * per episode of need open in the year. Codes are the DfE's strings; booleans and order follow the schema.
 */
record CinChild(ReturnIdentity identity, String upnUnknown, List<Details> details) {

    /** One episode of need (CINdetails). */
    record Details(LocalDate referralDate, String referralSource, String primaryNeed, LocalDate closureDate,
            String closureReason, LocalDate initialConference, List<Assessment> assessments, List<CinPlan> plans,
            List<Section47> enquiries, boolean referralNfa, List<ProtectionPlan> protectionPlans) {
    }

    record Assessment(LocalDate start, LocalDate authorised, List<String> factors) {
    }

    record CinPlan(LocalDate start, LocalDate end) {
    }

    record Section47(LocalDate start, LocalDate conferenceTarget, LocalDate conference, boolean conferenceNotRequired) {
    }

    record ProtectionPlan(LocalDate start, LocalDate end, String initialCategory, String latestCategory,
            int previousPlans, List<LocalDate> reviews) {
    }
}
