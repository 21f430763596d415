/**
 * Court: the Public Law Outline (legal gateway decisions, pre-proceedings with the letter before
 * proceedings, meetings, reviews, family group decision-making and the outcome) and care proceedings
 * (issue, the 26-week timetable and its extensions, hearings, orders and the final outcome). Opens its
 * obligations through {@link hearth.work.Duties} and publishes events other contexts react to
 * ({@link hearth.court.ProceedingsIssued}, {@link hearth.court.CourtOrderMade} and others).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Court")
package hearth.court;
