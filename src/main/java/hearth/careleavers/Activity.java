package hearth.careleavers;

/**
 * SSDA903 ACTIV: what the young person is doing. F full time, P part time; 1 higher education, 2 other education,
 * 4 training or employment, 5 apprenticeship; G4 to G6 not in education, employment or training (NEET) because of
 * illness or disability, other circumstances, or pregnancy or parenting.
 */
public enum Activity {
    F1, P1, F2, P2, F4, P4, F5, P5, G4, G5, G6;

    public boolean neet() {
        return name().startsWith("G");
    }
}
