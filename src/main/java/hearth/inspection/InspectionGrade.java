package hearth.inspection;

/** Ofsted's four-point scale, best first. */
public enum InspectionGrade {
    OUTSTANDING,
    GOOD,
    REQUIRES_IMPROVEMENT,
    INADEQUATE
}
