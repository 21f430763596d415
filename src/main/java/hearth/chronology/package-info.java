/**
 * The child's chronology: every significant event the other contexts publish is entered automatically (on the
 * date it happened, with a plain-language summary and a link to the full record), workers add what Hearth cannot
 * know (other agencies, family history), mark entries significant and add their analysis, and export it as an
 * accessible PDF. It listens to every context's events; no context depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chronology")
package hearth.chronology;
