package hearth.people;

import java.time.LocalDate;
import java.util.UUID;

/** What other contexts may know of a person: identity, never the whole record. */
public record PersonSummary(UUID id, PersonKind kind, String laChildId, String firstName, String lastName,
        LocalDate dateOfBirth, LocalDate expectedDateOfBirth, Sex sex, Ethnicity ethnicity, String upn,
        boolean disabled) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    public boolean unborn() {
        return dateOfBirth == null && expectedDateOfBirth != null;
    }
}
