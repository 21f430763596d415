package hearth.people;

/** Professionals involved with a child. */
public enum ProfessionalRole {
    SCHOOL, GP, HEALTH_VISITOR, SCHOOL_NURSE, MIDWIFE, PAEDIATRICIAN, CAMHS, POLICE, YOUTH_JUSTICE, OTHER
}
