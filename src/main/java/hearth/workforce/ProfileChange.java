package hearth.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** The editable parts of a worker's profile. A Social Work England number is SW followed by digits. */
public record ProfileChange(String jobTitle, String roleLabel, String qualification, String registrationNumber,
        boolean agency, BigDecimal fte, LocalDate startedOn, LocalDate newlyQualifiedUntil) {

    private static final Pattern SWE = Pattern.compile("SW[0-9]{1,10}");

    /** Whether a Social Work England registration number is well formed (blank counts: not every worker is registered). */
    public static boolean validRegistration(String number) {
        return number == null || number.isBlank() || SWE.matcher(number.strip()).matches();
    }
}
