package hearth.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a person typed into search, read as identifiers, a date of birth and name words:
 * "9434765919", "C1000023", "Sam Smith 03/04/2015", "smyth".
 */
public record SearchQuery(String text, String nhsNumber, String upn, String laChildId, LocalDate dateOfBirth,
        List<String> names) {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    public static SearchQuery parse(String text) {
        String nhs = null;
        String upn = null;
        String la = null;
        LocalDate dob = null;
        List<String> names = new ArrayList<>();
        String compact = text == null ? "" : text.trim();
        if (NhsNumber.isValid(compact)) {
            return new SearchQuery(compact, NhsNumber.normalise(compact), null, null, null, List.of());
        }
        for (String word : compact.split("\\s+")) {
            if (word.isBlank()) {
                continue;
            }
            String upper = word.toUpperCase(Locale.ROOT);
            if (upper.matches("\\d{10}")) {
                nhs = upper;
            } else if (Upn.isWellFormed(upper)) {
                upn = upper;
            } else if (upper.matches("C\\d{5,19}")) {
                la = upper;
            } else if (word.matches("\\d{1,2}/\\d{1,2}/\\d{4}") || word.matches("\\d{4}-\\d{2}-\\d{2}")) {
                dob = date(word);
            } else {
                names.add(word);
            }
        }
        return new SearchQuery(compact, nhs, upn, la, dob, List.copyOf(names));
    }

    private static LocalDate date(String word) {
        try {
            return word.contains("/") ? LocalDate.parse(word, UK) : LocalDate.parse(word);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + word + "' is not a real date");
        }
    }

    public boolean isEmpty() {
        return nhsNumber == null && upn == null && laChildId == null && dateOfBirth == null && names.isEmpty();
    }
}
