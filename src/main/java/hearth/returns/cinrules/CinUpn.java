package hearth.returns.cinrules;

/**
 * The DfE unique pupil number: a check letter then 12 characters (a temporary UPN ends in a letter). The check
 * letter is the sum of characters 2-13 weighted 2-13 (a final letter counts as its place in the check alphabet),
 * modulo 23, read in the check alphabet (A-Z without I, O and S).
 */
final class CinUpn {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private CinUpn() {
    }

    static boolean wellFormed(String upn) {
        return upn.matches("[A-Za-z]\\d{12}|[A-Za-z]\\d{11}[A-Za-z]");
    }

    static boolean validLast(char c) {
        return Character.isDigit(c) || ALPHABET.indexOf(Character.toUpperCase(c)) >= 0;
    }

    /** The check letter characters 2-13 call for, or null when they are not digits (and a last letter). */
    static Character checkLetter(String upn) {
        int sum = 0;
        for (int i = 1; i < 13; i++) {
            char c = Character.toUpperCase(upn.charAt(i));
            int value;
            if (Character.isDigit(c)) {
                value = c - '0';
            } else if (i == 12 && ALPHABET.indexOf(c) >= 0) {
                value = ALPHABET.indexOf(c);
            } else {
                return null;
            }
            sum += value * (i + 1);
        }
        return ALPHABET.charAt(sum % 23);
    }
}
