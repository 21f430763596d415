package hearth.inspection;

/** What kind of inspection or visit Ofsted made. */
public enum InspectionKind {
    /** A full inspection of local authority children's services (ILACS, from 2018). */
    FULL_INSPECTION,
    /** The single inspection framework (SIF) that ran before ILACS, until 2017. */
    SINGLE_INSPECTION_FRAMEWORK,
    FOCUSED_VISIT,
    MONITORING_VISIT,
    JOINT_TARGETED_AREA_INSPECTION;

    /** Whether this kind makes graded judgements (focused, monitoring and joint targeted visits do not). */
    public boolean graded() {
        return this == FULL_INSPECTION || this == SINGLE_INSPECTION_FRAMEWORK;
    }
}
