/**
 * Services, teams, workers and the allocation of children to them. Answers which children a user
 * reaches through their work, and who manages a child's record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce")
package hearth.workforce;
