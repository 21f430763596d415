package hearth.careleavers.web;

import hearth.audit.AuditTrail;
import hearth.careleavers.CareLeavers;
import hearth.careleavers.EligibilityStatus;
import hearth.careleavers.LeaverPathway;
import hearth.careleavers.LocalOffer;
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
import hearth.timescales.ObligationView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every care leaver page does first: find the young person (404 when unknown), open their record for the user
 * (refused and logged when out of reach), log the view; the young person's page; and the form readers.
 */
@Component
class LeaverPages {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final CareLeavers careLeavers;
    private final LeaverPathway pathway;
    private final LocalOffer offer;
    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    LeaverPages(CareLeavers careLeavers, LeaverPathway pathway, LocalOffer offer, People people, RecordAccess access,
            AuditTrail audit, Clock clock) {
        this.careLeavers = careLeavers;
        this.pathway = pathway;
        this.offer = offer;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The young person, once the user may open their record. */
    PersonSummary child(UUID childId) {
        PersonSummary person = people.find(childId)
                .filter(p -> p.kind() == PersonKind.CHILD && p.dateOfBirth() != null)
                .orElseThrow(() -> new NotFoundException("Young person"));
        access.require(childId);
        return person;
    }

    /** The young person's care leaver page. */
    String page(Model model, UUID childId) {
        PersonSummary child = child(childId);
        audit.viewed(childId, "care leaver page");
        EligibilityStatus status = careLeavers.eligibility(childId);
        model.addAttribute("child", child);
        model.addAttribute("status", status);
        model.addAttribute("leaver", careLeavers.find(childId).orElse(null));
        model.addAttribute("periods", careLeavers.periodsOfCare(childId));
        model.addAttribute("advisers", careLeavers.advisers(childId));
        model.addAttribute("pathway", pathway.pathway(childId));
        model.addAttribute("contacts", pathway.contacts(childId));
        model.addAttribute("birthdays", careLeavers.birthdays(childId));
        model.addAttribute("requests", offer.requestsFor(childId));
        Map<String, ObligationView> due = new HashMap<>();
        for (String what : List.of("needs-assessment", "pathway-review", "contact", "not-reached-follow-up")) {
            pathway.due(childId, what).ifPresent(o -> due.put(what, o));
        }
        model.addAttribute("due", due);
        model.addAttribute("canAdvise", has(Permission.ADVISE_CARE_LEAVER) && status.category().careLeaver());
        model.addAttribute("canAllocate", has(Permission.ALLOCATE_CASES) && status.category().careLeaver());
        model.addAttribute("fmt", DATE);
        return "careleavers/leaver";
    }

    static boolean has(Permission permission) {
        return CurrentUser.get().filter(u -> u.has(permission)).isPresent();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Due.LONDON));
    }

    /** Reads a GOV.UK date input: a real date, not in the future. */
    LocalDate date(Map<String, String> form, String field, FormErrors errors) {
        DateParts parts = parts(form, field);
        if (parts.problem() != null) {
            errors.reject(field, "careleavers.error.date");
            return null;
        }
        LocalDate date = parts.toDate();
        if (date.isAfter(today())) {
            errors.reject(field, "careleavers.error.dateFuture");
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

    static <E extends Enum<E>> E choice(Class<E> type, Map<String, String> form, String field, FormErrors errors) {
        try {
            return Enum.valueOf(type, form.getOrDefault(field, ""));
        } catch (IllegalArgumentException e) {
            errors.reject(field, "careleavers.error." + field);
            return null;
        }
    }

    static Boolean yesNo(Map<String, String> form, String field, FormErrors errors) {
        String value = form.get(field);
        if ("yes".equals(value) || "no".equals(value)) {
            return "yes".equals(value);
        }
        errors.reject(field, "careleavers.error." + field);
        return null;
    }

    static long version(Map<String, String> form) {
        try {
            return Long.parseLong(form.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The form was incomplete; please start again");
        }
    }

    /** Runs a change; a refusal from the API becomes an error on {@code field}. Answers true when it went through. */
    static boolean attempt(Runnable change, String field, FormErrors errors) {
        try {
            change.run();
            return true;
        } catch (ObjectOptimisticLockingFailureException e) {
            errors.reject(field, "careleavers.error.stale");
        } catch (IllegalArgumentException | IllegalStateException e) {
            String key = e.getMessage() != null && e.getMessage().startsWith("careleavers.") ? e.getMessage()
                    : "careleavers.error.notAllowed";
            errors.reject(field, key);
        }
        return false;
    }
}
