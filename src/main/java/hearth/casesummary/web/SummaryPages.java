package hearth.casesummary.web;

import hearth.audit.AuditTrail;
import hearth.people.People;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** What every page here does first: find the child (404 when unknown), check the user may open the record, log it. */
@Component
class SummaryPages {

    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;

    SummaryPages(People people, RecordAccess access, AuditTrail audit) {
        this.people = people;
        this.access = access;
        this.audit = audit;
    }

    PersonSummary child(UUID childId) {
        PersonSummary person = people.find(childId).filter(p -> p.kind() == PersonKind.CHILD)
                .orElseThrow(() -> new NotFoundException("Child"));
        access.require(childId);
        return person;
    }

    PersonSummary viewed(UUID childId, String what) {
        PersonSummary child = child(childId);
        audit.viewed(childId, what);
        return child;
    }

    void exported(UUID childId, String what) {
        audit.exported(childId, what);
    }

    static boolean has(Permission permission) {
        return CurrentUser.get().filter(u -> u.has(permission)).isPresent();
    }

    static long version(String value) {
        try {
            return Long.parseLong(value == null ? "" : value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The form was incomplete; please start again");
        }
    }
}
