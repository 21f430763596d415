package hearth.people;

/**
 * Unique pupil numbers: a check letter, then 11 digits, then a digit or (for a temporary UPN) a
 * letter. The check letter is the weighted sum of characters 2 to 13 (weights 2 to 13) modulo 23,
 * read in the alphabet without I, O and S. DfE CIN census rules 1510 (check letter) and 1550.
 */
public final class Upn {

    static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private Upn() {
    }

    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean isWellFormed(String text) {
        String upn = normalise(text);
        return upn != null && upn.matches("[A-Z]\\d{12}|[A-Z]\\d{11}[ABCDEFGHJKLMNPQRTUVWXYZ]");
    }

    public static boolean isValid(String text) {
        String upn = normalise(text);
        return isWellFormed(upn) && upn.charAt(0) == checkLetter(upn.substring(1));
    }

    /** The check letter for the twelve characters after it. */
    public static char checkLetter(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = twelve.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c);
            sum += value * (i + 2);
        }
        return LETTERS.charAt(sum % 23);
    }
}
