/**
 * Work views: what each worker has due and overdue across their children ("My work"), a team's
 * caseloads and unallocated work for its manager, and timeliness per measure for a service. Keeps
 * responsibility for obligations with the child's allocation, and gives contexts
 * {@link hearth.work.Duties} to open obligations for whoever holds the child now. Nothing depends on
 * this module but the contexts that open obligations through {@link hearth.work.Duties}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work views")
package hearth.work;
