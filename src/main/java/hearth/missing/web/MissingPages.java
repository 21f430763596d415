package hearth.missing.web;

import hearth.audit.AuditTrail;
import hearth.missing.MissingEpisodeView;
import hearth.missing.MissingEpisodes;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What every missing page does first (find the child or episode, open the record for the user, log the view) and
 * the form readers the pages share: GOV.UK dates with a 24-hour time, text, choices.
 */
@Component
class MissingPages {

    static final int MAX_TEXT = 4000;
    static final int MAX_SHORT = 200;
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final MissingEpisodes missing;
    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    MissingPages(MissingEpisodes missing, People people, RecordAccess access, AuditTrail audit, Clock clock) {
        this.missing = missing;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    PersonSummary child(UUID childId) {
        PersonSummary person = people.find(childId).filter(p -> p.kind() == PersonKind.CHILD)
                .orElseThrow(() -> new NotFoundException("Child"));
        access.require(childId);
        return person;
    }

    MissingEpisodeView episode(UUID id) {
        MissingEpisodeView episode = missing.find(id).orElseThrow(() -> new NotFoundException("Missing episode"));
        access.require(episode.childId());
        return episode;
    }

    void viewed(UUID childId, String what) {
        audit.viewed(childId, what);
    }

    /** Case workers and missing coordinators record episodes and interviews. */
    static void requireRecorder() {
        if (!canRecord()) {
            throw new AccessDeniedException("Recording missing episodes needs RECORD_CASE_WORK or COORDINATE_MISSING");
        }
    }

    static boolean canRecord() {
        return CurrentUser.get().filter(u -> u.has(Permission.RECORD_CASE_WORK) || u.has(Permission.COORDINATE_MISSING))
                .isPresent();
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * Reads a date ({@code <field>Day/Month/Year}) and a 24-hour time ({@code <field>Time}) in London; not in the
     * future. Null (with the error) when not a real moment.
     */
    Instant instant(Map<String, String> form, String field, FormErrors errors) {
        DateParts parts = parts(form, field);
        if (parts.problem() != null) {
            errors.reject(field, "missing.error.date");
            return null;
        }
        Matcher m = TIME.matcher(form.getOrDefault(field + "Time", "").strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) > 23 || Integer.parseInt(m.group(2)) > 59) {
            errors.reject(field + "Time", "missing.error.time");
            return null;
        }
        Instant at = parts.toDate().atTime(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                .atZone(Due.LONDON).toInstant();
        if (at.isAfter(clock.instant())) {
            errors.reject(field, "missing.error.future");
        }
        return at;
    }

    /** Reads a date, not in the future. */
    LocalDate date(Map<String, String> form, String field, FormErrors errors) {
        DateParts parts = parts(form, field);
        if (parts.problem() != null) {
            errors.reject(field, "missing.error.date");
            return null;
        }
        LocalDate date = parts.toDate();
        if (date.isAfter(LocalDate.now(clock.withZone(Due.LONDON)))) {
            errors.reject(field, "missing.error.future");
        }
        return date;
    }

    static DateParts parts(Map<String, String> form, String field) {
        return new DateParts(form.getOrDefault(field + "Day", ""), form.getOrDefault(field + "Month", ""),
                form.getOrDefault(field + "Year", ""));
    }

    /** The date inputs of a form, as typed. */
    static Map<String, DateParts> dates(Map<String, String> form, String... fields) {
        Map<String, DateParts> dates = new HashMap<>();
        for (String field : fields) {
            dates.put(field, parts(form, field));
        }
        return dates;
    }

    /** Puts an instant into a form's date and time boxes. */
    static void put(Map<String, String> form, String field, Instant at) {
        if (at == null) {
            return;
        }
        var local = at.atZone(Due.LONDON);
        form.put(field + "Day", String.valueOf(local.getDayOfMonth()));
        form.put(field + "Month", String.valueOf(local.getMonthValue()));
        form.put(field + "Year", String.valueOf(local.getYear()));
        form.put(field + "Time", HH_MM.format(local));
    }

    static String text(Map<String, String> form, String field, int max, boolean required, FormErrors errors) {
        return errors.text(form, field, max, required, "missing.error", "missing.error.tooLong");
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, FormErrors errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            errors.reject(field, "missing.error." + field);
            return null;
        }
    }

    static Boolean yesNo(String value, String field, FormErrors errors) {
        if ("yes".equals(value)) {
            return true;
        }
        if ("no".equals(value)) {
            return false;
        }
        errors.reject(field, "missing.error." + field);
        return null;
    }

    static long version(Map<String, String> form) {
        try {
            return Long.parseLong(form.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The form was incomplete; please start again");
        }
    }

    static List<String> checked(Map<String, String> form, String prefix, List<String> values) {
        return values.stream().filter(v -> "on".equals(form.get(prefix + v)) || v.equals(form.get(prefix + v))).toList();
    }
}
