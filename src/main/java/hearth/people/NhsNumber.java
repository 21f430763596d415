package hearth.people;

/** NHS numbers: ten digits whose last is a modulus 11 check digit. */
public final class NhsNumber {

    private NhsNumber() {
    }

    /** Strips the spaces people type ("943 476 5919"); answers null for blank input. */
    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.replaceAll("[\\s-]", "");
    }

    public static boolean isValid(String text) {
        String digits = normalise(text);
        if (digits == null || !digits.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    /** The check digit for nine digits, or -1 when no valid number starts with them. */
    public static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        return check == 11 ? 0 : check == 10 ? -1 : check;
    }
}
