package hearth.childprotection.web;

import hearth.audit.AuditTrail;
import hearth.people.People;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.timescales.Due;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every child protection page does first: find the child, open the record (or refuse), log the view. */
@Component
class Pages {

    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    Pages(People people, RecordAccess access, AuditTrail audit, Clock clock) {
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The child, once the current user may open their record; the view is logged as {@code what}. */
    PersonSummary open(UUID childId, String what, Model model) {
        PersonSummary child = people.find(childId).filter(p -> p.kind() == PersonKind.CHILD)
                .orElseThrow(() -> new NotFoundException("Child"));
        access.require(childId);
        audit.viewed(childId, what);
        model.addAttribute("child", child);
        return child;
    }

    java.time.Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Due.LONDON);
    }

    static boolean can(Permission permission) {
        return CurrentUser.get().filter(u -> u.has(permission)).isPresent();
    }
}
