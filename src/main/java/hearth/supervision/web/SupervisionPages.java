package hearth.supervision.web;

import hearth.audit.AuditTrail;
import hearth.people.People;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.platform.web.DateParts;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.RecordAccess;
import hearth.timescales.Due;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** What the supervision pages share: finding a child the user may open (and logging the view), and form readers. */
@Component
class SupervisionPages {

    static final int MAX_TEXT = 4000;
    static final int MAX_SHORT = 2000;

    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    SupervisionPages(People people, RecordAccess access, AuditTrail audit, Clock clock) {
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The child, once record access is granted; 404 for an unknown child. */
    PersonSummary child(UUID childId) {
        PersonSummary person = people.find(childId).filter(p -> p.kind() == PersonKind.CHILD)
                .orElseThrow(() -> new NotFoundException("Child"));
        access.require(childId);
        return person;
    }

    void viewed(UUID childId, String what) {
        audit.viewed(childId, what);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Due.LONDON));
    }

    /** Reads a date; {@code future} says whether a date after today is allowed (or required, for due dates). */
    LocalDate date(Map<String, String> form, String field, boolean future, FormErrors errors) {
        DateParts parts = parts(form, field);
        if (parts.problem() != null) {
            errors.reject(field, "supervision.error.date");
            return null;
        }
        LocalDate date = parts.toDate();
        if (!future && date.isAfter(today())) {
            errors.reject(field, "supervision.error.future");
        } else if (future && date.isBefore(today())) {
            errors.reject(field, "supervision.error.past");
        }
        return date;
    }

    static DateParts parts(Map<String, String> form, String field) {
        return new DateParts(form.getOrDefault(field + "Day", ""), form.getOrDefault(field + "Month", ""),
                form.getOrDefault(field + "Year", ""));
    }

    static Map<String, DateParts> dates(Map<String, String> form, String... fields) {
        Map<String, DateParts> dates = new HashMap<>();
        for (String field : fields) {
            dates.put(field, parts(form, field));
        }
        return dates;
    }

    static void put(Map<String, String> form, String field, LocalDate date) {
        form.put(field + "Day", String.valueOf(date.getDayOfMonth()));
        form.put(field + "Month", String.valueOf(date.getMonthValue()));
        form.put(field + "Year", String.valueOf(date.getYear()));
    }

    static String text(Map<String, String> form, String field, int max, boolean required, FormErrors errors) {
        return errors.text(form, field, max, required, "supervision.error", "supervision.error.tooLong");
    }
}
