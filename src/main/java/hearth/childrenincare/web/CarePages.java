package hearth.childrenincare.web;

import hearth.audit.AuditTrail;
import hearth.childrenincare.CarePeriodView;
import hearth.childrenincare.ChildrenInCare;
import hearth.people.People;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.platform.web.DateParts;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.timescales.Due;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every children in care page does first (find the period, 404 when unknown; open the child's record for the
 * user, refused when out of reach; log the view) and the form readers the pages share.
 */
@Component
class CarePages {

    static final int MAX_TEXT = 4000;
    static final int MAX_SHORT = 200;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final ChildrenInCare care;
    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    CarePages(ChildrenInCare care, People people, RecordAccess access, AuditTrail audit, Clock clock) {
        this.care = care;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    CarePeriodView period(UUID id) {
        CarePeriodView period = care.find(id).orElseThrow(() -> new NotFoundException("Period of care"));
        access.require(period.childId());
        return period;
    }

    PersonSummary child(UUID childId) {
        PersonSummary person = people.find(childId).filter(p -> p.kind() == PersonKind.CHILD)
                .orElseThrow(() -> new NotFoundException("Child"));
        access.require(childId);
        return person;
    }

    void viewed(UUID childId, String what) {
        audit.viewed(childId, what);
    }

    /** Puts the child, the period (may be null), the form and its errors in the model; answers the template. */
    String form(Model model, String template, UUID childId, CarePeriodView period, Map<String, String> form,
            FormErrors errors) {
        model.addAttribute("child", child(childId));
        model.addAttribute("period", period);
        model.addAttribute("form", form);
        model.addAttribute("dates", dates(form));
        model.addAttribute("errors", errors);
        model.addAttribute("yesNo", List.of("yes", "no"));
        return "childrenincare/" + template;
    }

    static boolean has(Permission permission) {
        return CurrentUser.get().filter(u -> u.has(permission)).isPresent();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Due.LONDON));
    }

    /** A required date: real, not in the future, not before {@code notBefore}. */
    LocalDate date(Map<String, String> form, String field, LocalDate notBefore, String tooEarlyKey, FormErrors errors) {
        DateParts parts = parts(form, field);
        if (parts.problem() != null) {
            errors.reject(field, "childrenincare.error.date");
            return null;
        }
        LocalDate date = parts.toDate();
        if (date.isAfter(today())) {
            errors.reject(field, "childrenincare.error.dateFuture");
        } else if (notBefore != null && date.isBefore(notBefore)) {
            errors.reject(field, tooEarlyKey);
        }
        return date;
    }

    /** An optional date: null when left blank. */
    LocalDate optionalDate(Map<String, String> form, String field, LocalDate notBefore, String tooEarlyKey,
            FormErrors errors) {
        return parts(form, field).blank() ? null : date(form, field, notBefore, tooEarlyKey, errors);
    }

    static DateParts parts(Map<String, String> form, String field) {
        return new DateParts(form.getOrDefault(field + "Day", ""), form.getOrDefault(field + "Month", ""),
                form.getOrDefault(field + "Year", ""));
    }

    static Map<String, DateParts> dates(Map<String, String> form) {
        Map<String, DateParts> dates = new HashMap<>();
        for (String field : List.of("startDate", "approvedOn", "date", "planOn", "notifiedOn")) {
            dates.put(field, parts(form, field));
        }
        return dates;
    }

    static String text(Map<String, String> form, String field, int max, boolean required, FormErrors errors) {
        return errors.text(form, field, max, required, "childrenincare.error", "childrenincare.error.tooLong");
    }

    static <E extends Enum<E>> E choice(Class<E> type, Map<String, String> form, String field, boolean required,
            FormErrors errors) {
        String value = form.getOrDefault(field, "");
        if (value.isEmpty() && !required) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.reject(field, "childrenincare.error." + field);
            return null;
        }
    }

    static Boolean yesNo(Map<String, String> form, String field, FormErrors errors) {
        String value = form.getOrDefault(field, "");
        if (value.equals("yes") || value.equals("no")) {
            return value.equals("yes");
        }
        errors.reject(field, "childrenincare.error." + field);
        return null;
    }

    static BigDecimal miles(Map<String, String> form, String field, FormErrors errors) {
        String value = form.getOrDefault(field, "").strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            BigDecimal miles = new BigDecimal(value);
            if (miles.signum() < 0 || miles.compareTo(new BigDecimal("9999")) > 0 || miles.scale() > 1) {
                throw new NumberFormatException();
            }
            return miles;
        } catch (NumberFormatException e) {
            errors.reject(field, "childrenincare.error.distance");
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

    static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
