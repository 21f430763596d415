package hearth.people;

import hearth.people.Disability;
import hearth.people.Ethnicity;
import hearth.people.Sex;
import java.time.LocalDate;
import java.util.Set;

/** The editable facts of a person, already checked by the form or API that gathered them. */
public record PersonDetails(String firstName, String middleNames, String lastName, LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth, Sex sex, String gender, Ethnicity ethnicity, String firstLanguage,
        String religion, Set<Disability> disabilities, String nhsNumber, String upn, String immigrationStatus,
        boolean uasc) {
}
