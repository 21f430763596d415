package hearth.childrenincare;

/** SSDA903 reason a period of care ended (REC), other than X1, which Hearth derives for episodes that end because another starts. */
public enum ReasonCeased {
    E11, E12, E13, E14, E15, E16, E17, E2, E3, E41, E45, E46, E47, E48, E4A, E4B, E5, E6, E7, E8, E9
}
