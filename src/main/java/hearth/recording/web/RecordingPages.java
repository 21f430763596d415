package hearth.recording.web;

import hearth.audit.AuditTrail;
import hearth.people.People;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.platform.web.DateParts;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.Accounts;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.UserAccount;
import hearth.timescales.Due;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What every case note and document page does first: find the child (404 when unknown), open the child's record
 * for the user (refused and logged when out of reach), log the view; and the form readers the pages share.
 */
@Component
class RecordingPages {

    static final int MAX_REASON = 2000;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    /** A Hearth user who can be alerted about a note. */
    record Person(String username, String displayName) {
    }

    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Accounts accounts;
    private final Clock clock;

    RecordingPages(People people, RecordAccess access, AuditTrail audit, Accounts accounts, Clock clock) {
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The child, once the user may open their record. */
    PersonSummary child(UUID childId) {
        PersonSummary person = people.find(childId).filter(p -> p.kind() == PersonKind.CHILD)
                .orElseThrow(() -> new NotFoundException("Child"));
        access.require(childId);
        return person;
    }

    void viewed(UUID childId, String what) {
        audit.viewed(childId, what);
    }

    /** Users who may be alerted: enabled accounts that can read children's records, by name. */
    List<Person> alertable() {
        return accounts.all().stream().filter(UserAccount::isEnabled)
                .filter(a -> a.getRole().permissions().contains(Permission.VIEW_CHILD_RECORD))
                .filter(a -> !a.getUsername().equals(CurrentUser.username()))
                .map(a -> new Person(a.getUsername(), a.getDisplayName()))
                .sorted(Comparator.comparing(Person::displayName)).toList();
    }

    static boolean has(Permission permission) {
        return CurrentUser.get().filter(u -> u.has(permission)).isPresent();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Due.LONDON));
    }

    String timeNow() {
        return LocalTime.now(clock.withZone(Due.LONDON)).format(TIME);
    }

    /** A real date, not in the future. */
    LocalDate date(Map<String, String> form, String field, FormErrors errors) {
        DateParts parts = parts(form, field);
        if (parts.problem() != null) {
            errors.reject(field, "recording.error.date");
            return null;
        }
        LocalDate date = parts.toDate();
        if (date.isAfter(today())) {
            errors.reject(field, "recording.error.dateFuture");
            return null;
        }
        return date;
    }

    /** The date and the time ({@code <field>Time}, 24 hour "14:30") of an event, in London; not in the future. */
    Instant moment(Map<String, String> form, String field, FormErrors errors) {
        LocalDate date = date(form, field, errors);
        String typed = form.getOrDefault(field + "Time", "").strip().replace('.', ':');
        LocalTime time;
        try {
            time = LocalTime.parse(typed, TIME);
        } catch (DateTimeParseException e) {
            errors.reject(field + "Time", "recording.error.time");
            return null;
        }
        if (date == null) {
            return null;
        }
        Instant at = date.atTime(time).atZone(Due.LONDON).toInstant();
        if (at.isAfter(clock.instant())) {
            errors.reject(field + "Time", "recording.error.timeFuture");
            return null;
        }
        return at;
    }

    static DateParts parts(Map<String, String> form, String field) {
        return new DateParts(form.getOrDefault(field + "Day", ""), form.getOrDefault(field + "Month", ""),
                form.getOrDefault(field + "Year", ""));
    }

    static String text(Map<String, String> form, String field, int max, boolean required, FormErrors errors) {
        return errors.text(form, field, max, required, "recording.error", "recording.error.tooLong");
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, FormErrors errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            errors.reject(field, "recording.error." + field);
            return null;
        }
    }

    static long version(Map<String, String> form) {
        try {
            return Long.parseLong(form.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The form was incomplete; please start again");
        }
    }
}
