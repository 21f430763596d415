package hearth.people;

/** Sex as the DfE returns record it from 2024-25: M, F or U (unknown, and always U for an unborn child). */
public enum Sex {
    M, F, U
}
