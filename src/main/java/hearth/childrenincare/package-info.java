/**
 * Children in care: becoming looked after under a legal status, placements and moves, legal status changes,
 * ceasing to be looked after, the SSDA903 episodes derived from those facts, care and permanence plans, reviews
 * chaired by the independent reviewing officer and statutory visits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Children in care")
package hearth.childrenincare;
