/**
 * Inspection and improvement: Ofsted inspections and visits of the authority's children's services with their
 * judgements and "what needs to improve" points, kept as a history; the improvement plan's actions answering each
 * point, linked to Hearth's measures (from {@link hearth.performance.Measures}) whose trends show whether they are
 * working; the progress report for the committee; and inspection readiness (a sample of children an inspector might
 * pick, and a self-evaluation drafted from the measures and kept with every revision).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspection and improvement")
package hearth.inspection;
