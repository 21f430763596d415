/**
 * Early help (Reading calls it family help): a child's episodes of early help, how each began (front-door
 * decision, step-down from assessment or at closure, a partner's request), the lead professional, the family
 * help assessment, the team-around-the-family plan and its reviews, the waiting list with regular check-ins
 * (the early-help-check-in obligation through {@link hearth.work.Duties}), and step-up to social care, which
 * records a contact at the front door. Listens to the front door, assessment and children in need.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Early help")
package hearth.earlyhelp;
