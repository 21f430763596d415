package hearth.people.web;

import hearth.people.PersonKind;
import hearth.people.domain.Person;
import hearth.people.domain.PersonRepository;
import hearth.platform.web.NotFoundException;
import hearth.security.RecordAccess;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The one way the people pages and API open a record: it must exist and not be voided, a child's
 * record (or any restricted one) must be within the user's reach, and the refusal is logged.
 */
@Component
public class RecordGate {

    private final PersonRepository persons;
    private final RecordAccess access;

    RecordGate(PersonRepository persons, RecordAccess access) {
        this.persons = persons;
        this.access = access;
    }

    public Person open(UUID id) {
        Person person = persons.findById(id).filter(p -> !p.isVoided()).orElseThrow(() -> new NotFoundException("Person"));
        if (person.getKind() == PersonKind.CHILD || access.isRestricted(id)) {
            access.require(id);
        }
        return person;
    }
}
