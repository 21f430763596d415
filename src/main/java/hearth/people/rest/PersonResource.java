package hearth.people.rest;

import hearth.people.Disability;
import hearth.people.PersonDetails;
import hearth.people.SearchHit;
import hearth.people.domain.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A person as the API shows them. */
record PersonResource(UUID id, String kind, String laChildId, long version, String firstName, String middleNames,
        String lastName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth, String sex, String gender,
        String ethnicity, String firstLanguage, String religion, List<String> disabilities, String nhsNumber,
        String upn, String immigrationStatus, boolean uasc) {

    static PersonResource of(Person person) {
        PersonDetails d = person.details();
        return new PersonResource(person.getId(), person.getKind().name(), person.getLaChildId(), person.getVersion(),
                d.firstName(), d.middleNames(), d.lastName(), d.dateOfBirth(), d.expectedDateOfBirth(),
                d.sex().name(), d.gender(), d.ethnicity() == null ? null : d.ethnicity().name(), d.firstLanguage(),
                d.religion(), d.disabilities().stream().map(Disability::name).sorted().toList(), d.nhsNumber(),
                d.upn(), d.immigrationStatus(), d.uasc());
    }

    /** A search result; a restricted record shows only that it exists. */
    record Hit(UUID id, boolean restricted, String name, String laChildId, LocalDate dateOfBirth, String postcode) {

        static Hit of(SearchHit h, boolean restricted) {
            return restricted ? new Hit(h.person().id(), true, null, null, null, null)
                    : new Hit(h.person().id(), false, h.person().fullName(), h.person().laChildId(),
                            h.person().dateOfBirth(), h.postcode());
        }
    }
}
