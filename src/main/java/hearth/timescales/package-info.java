/**
 * Timescales: the working-day calendars, the catalogue of statutory and local timescale rules, the
 * local standards an administrator sets, and the obligation engine that works out what is due,
 * due soon, overdue or met for each child. Other contexts register their rules as
 * {@link hearth.timescales.TimescaleRules} beans and open obligations through
 * {@link hearth.timescales.Obligations}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Timescales")
package hearth.timescales;
