/**
 * The audit streams: who saw a child's record (every view and every search that showed it) and what
 * changed (before and after, by whom, for every entity marked {@link hearth.audit.KeepsHistory}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package hearth.audit;
