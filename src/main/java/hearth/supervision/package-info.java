/**
 * Supervision and management oversight: case supervision of a child's work (reflection, decisions and actions that
 * become the owner's due work), personal supervision of each worker at the frequency the authority sets (more often
 * for newly qualified staff in their assessed year, overdue supervision flagged to the head of service), and managers'
 * oversight on a child's record with a list of children who have had none within the local standard.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision and management oversight")
package hearth.supervision;
