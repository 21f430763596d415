package hearth.childprotection;

/** Who took part, by agency: names and roles as typed, null where nobody came. */
public record Attendance(String police, String health, String education, String socialCare, String others) {

    public boolean nobody() {
        return police == null && health == null && education == null && socialCare == null && others == null;
    }
}
