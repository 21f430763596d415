package hearth.adoption;

/** Whether an adopter has a disability, as Ofsted's Annex A list 11 asks: yes, no or not known. */
public enum AdopterDisability {
    YES, NO, UNKNOWN
}
