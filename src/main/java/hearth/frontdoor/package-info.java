/**
 * The front door: contacts about a child, the manager's threshold decision on each, and the referrals
 * (and re-referrals) those decisions make. Opens the contact-decision obligation through
 * {@link hearth.work.Duties} and satisfies it when the decision is recorded. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Front door")
package hearth.frontdoor;
