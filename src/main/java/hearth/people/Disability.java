package hearth.people;

/** The DfE disability codes (CIN census Disabilities); NONE stands alone. */
public enum Disability {
    NONE, MOB, HAND, PC, INC, COMM, LD, HEAR, VIS, BEH, CON, AUT, DDA
}
