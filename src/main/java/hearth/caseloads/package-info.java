/**
 * Caseloads: the children each worker and team holds, weighted by the kind of work (child in need, protection, in
 * care, court, care leaver, early help), against thresholds per role; the busiest flagged, history month by month,
 * and a warning before allocating past the threshold. The kind of work comes from the other contexts' events, kept
 * as periods.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Caseloads")
package hearth.caseloads;
