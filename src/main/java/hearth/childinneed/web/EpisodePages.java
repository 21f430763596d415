package hearth.childinneed.web;

import hearth.audit.AuditTrail;
import hearth.childinneed.ChildrenInNeed;
import hearth.childinneed.ClosureView;
import hearth.childinneed.EpisodeView;
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
import hearth.timescales.Obligations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every child in need page does first: find the episode (404 when unknown), open the child's record for the
 * user (refused and logged when out of reach), log the view; and the form readers the pages share.
 */
@Component
class EpisodePages {

    static final int MAX_TEXT = 4000;
    static final int MAX_SHORT = 200;
    static final int MAX_NOTE = 2000;

    private final ChildrenInNeed childrenInNeed;
    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Obligations obligations;
    private final Clock clock;

    EpisodePages(ChildrenInNeed childrenInNeed, People people, RecordAccess access, AuditTrail audit,
            Obligations obligations, Clock clock) {
        this.childrenInNeed = childrenInNeed;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.obligations = obligations;
        this.clock = clock;
    }

    /** The episode, once the user may open the child's record. */
    EpisodeView episode(UUID id) {
        EpisodeView episode = childrenInNeed.find(id).orElseThrow(() -> new NotFoundException("Episode"));
        access.require(episode.childId());
        return episode;
    }

    /** The child, once the user may open their record; only children have episodes of need. */
    PersonSummary child(UUID childId) {
        PersonSummary person = people.find(childId).filter(p -> p.kind() == PersonKind.CHILD)
                .orElseThrow(() -> new NotFoundException("Child"));
        access.require(childId);
        return person;
    }

    void viewed(UUID childId, String what) {
        audit.viewed(childId, what);
    }

    /** Puts the episode page's content in the model and answers its template. */
    String episodePage(Model model, EpisodeView episode, Map<String, String> form, FormErrors errors) {
        PersonSummary child = child(episode.childId());
        viewed(episode.childId(), "child in need episode");
        List<ClosureView> closures = childrenInNeed.closuresFor(episode.id());
        Optional<ClosureView> pending = closures.stream().filter(ClosureView::awaitingAuthorisation).findFirst();
        String me = CurrentUser.username();
        boolean manager = has(Permission.AUTHORISE_ASSESSMENT);
        model.addAttribute("child", child);
        model.addAttribute("episode", episode);
        model.addAttribute("plans", childrenInNeed.plansFor(episode.id()));
        model.addAttribute("plan", childrenInNeed.currentPlan(episode.id()).orElse(null));
        model.addAttribute("reviews", childrenInNeed.reviewsFor(episode.id()));
        model.addAttribute("visits", childrenInNeed.visitsFor(episode.id()));
        model.addAttribute("closures", closures);
        model.addAttribute("pending", pending.orElse(null));
        model.addAttribute("canRecord", episode.isOpen() && has(Permission.RECORD_CASE_WORK));
        model.addAttribute("canPropose", episode.status() == hearth.childinneed.EpisodeStatus.OPEN
                && has(Permission.RECORD_CASE_WORK));
        model.addAttribute("canDecide", manager && pending.isPresent() && !pending.get().proposedBy().equals(me));
        model.addAttribute("ownProposal", manager && pending.isPresent() && pending.get().proposedBy().equals(me));
        model.addAttribute("canReopen", manager && !episode.isOpen());
        model.addAttribute("due", episode.isOpen() ? dueDates(episode.childId()) : Map.of());
        model.addAttribute("when", When.INSTANCE);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "childinneed/episode";
    }

    /** The due date of each open child in need obligation, by rule id. */
    private Map<String, LocalDate> dueDates(UUID childId) {
        Map<String, LocalDate> due = new java.util.HashMap<>();
        for (ObligationView o : obligations.openFor(List.of(childId))) {
            if (o.ruleId().startsWith("cin-")) {
                due.putIfAbsent(o.ruleId(), o.dueDate());
            }
        }
        return due;
    }

    static boolean has(Permission permission) {
        return CurrentUser.get().filter(u -> u.has(permission)).isPresent();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Due.LONDON));
    }

    /** Reads a GOV.UK date input {@code <field>Day/Month/Year}: a real date, not in the future, not before {@code notBefore}. */
    LocalDate date(Map<String, String> form, String field, LocalDate notBefore, String tooEarlyKey, FormErrors errors) {
        DateParts parts = parts(form, field);
        if (parts.problem() != null) {
            errors.reject(field, "childinneed.error.date");
            return null;
        }
        LocalDate date = parts.toDate();
        if (date.isAfter(today())) {
            errors.reject(field, "childinneed.error.dateFuture");
        } else if (notBefore != null && date.isBefore(notBefore)) {
            errors.reject(field, tooEarlyKey);
        }
        return date;
    }

    static DateParts parts(Map<String, String> form, String field) {
        return new DateParts(form.getOrDefault(field + "Day", ""), form.getOrDefault(field + "Month", ""),
                form.getOrDefault(field + "Year", ""));
    }

    /** The date inputs a form may hold, by field, as typed (blank when new). */
    static Map<String, DateParts> dates(Map<String, String> form) {
        Map<String, DateParts> dates = new java.util.HashMap<>();
        for (String field : List.of("startDate", "byWhen", "progressDate", "reviewDate", "visitDate")) {
            dates.put(field, parts(form, field));
        }
        return dates;
    }

    static String text(Map<String, String> form, String field, int max, boolean required, FormErrors errors) {
        return errors.text(form, field, max, required, "childinneed.error", "childinneed.error.tooLong");
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, FormErrors errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            errors.reject(field, "childinneed.error." + field);
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
        errors.reject(field, "childinneed.error." + field);
        return null;
    }

    static long version(Map<String, String> form) {
        try {
            return Long.parseLong(form.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The form was incomplete; please start again");
        }
    }
}
