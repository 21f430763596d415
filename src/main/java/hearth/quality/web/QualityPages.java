package hearth.quality.web;

import hearth.audit.AuditTrail;
import hearth.people.People;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.platform.web.DateParts;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What the quality pages share: finding a child (404 when unknown), the record access check and log, and dates. */
@Component
class QualityPages {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;

    QualityPages(People people, RecordAccess access, AuditTrail audit) {
        this.people = people;
        this.access = access;
        this.audit = audit;
    }

    /** The child, after checking the user may open the record; the view is logged. */
    PersonSummary viewed(UUID childId, String what) {
        PersonSummary person = people.find(childId).filter(p -> p.kind() == PersonKind.CHILD)
                .orElseThrow(() -> new NotFoundException("Child"));
        access.require(childId);
        audit.viewed(childId, what);
        return person;
    }

    /** The names of these children, for lists that show who without opening the record. */
    Map<UUID, PersonSummary> names(Collection<UUID> ids) {
        return people.find(ids).stream().collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    }

    static boolean has(Permission permission) {
        return CurrentUser.get().filter(u -> u.has(permission)).isPresent();
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** Reads a date typed in three parts as {@code <field>Day}, {@code Month}, {@code Year}; rejects it if not real. */
    static LocalDate date(Map<String, String> form, String field, FormErrors errors, String messageKey) {
        DateParts parts = parts(form, field);
        if (parts.problem() != null) {
            errors.reject(field, messageKey);
            return null;
        }
        return parts.toDate();
    }

    static DateParts parts(Map<String, String> form, String field) {
        return new DateParts(form.getOrDefault(field + "Day", ""), form.getOrDefault(field + "Month", ""),
                form.getOrDefault(field + "Year", ""));
    }

    static long version(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The form was incomplete; please start again");
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
