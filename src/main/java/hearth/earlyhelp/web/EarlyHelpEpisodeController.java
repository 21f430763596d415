package hearth.earlyhelp.web;

import hearth.audit.AuditTrail;
import hearth.audit.ChangeHistory;
import hearth.audit.ChangeRecord;
import hearth.earlyhelp.EarlyHelp;
import hearth.earlyhelp.EpisodeView;
import hearth.earlyhelp.Origin;
import hearth.earlyhelp.WaitingView;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.platform.web.FormErrors;
import hearth.security.CurrentUser;
import hearth.security.HearthUser;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child's early help episodes, one episode's page, and starting an episode at a partner's request. */
@Controller
class EarlyHelpEpisodeController {

    /** The fields whose changes the episode's history shows. */
    static final Set<String> HISTORY_FIELDS = Set.of("status", "serviceStartedOn", "leadName", "leadAgency",
            "assessmentCompletedOn", "steppedUpOn", "closedOn", "closureOutcome");

    private final EarlyHelp earlyHelp;
    private final EpisodeAccess episodes;
    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final ChangeHistory history;
    private final Clock clock;

    EarlyHelpEpisodeController(EarlyHelp earlyHelp, EpisodeAccess episodes, People people, RecordAccess access,
            AuditTrail audit, ChangeHistory history, Clock clock) {
        this.earlyHelp = earlyHelp;
        this.episodes = episodes;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/early-help")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String list(@PathVariable UUID id, Model model) {
        PersonSummary child = episodes.child(id);
        audit.viewed(id, "early help episodes");
        model.addAttribute("child", child);
        model.addAttribute("episodes", earlyHelp.episodesFor(id));
        model.addAttribute("canStart", can(Permission.RECORD_CASE_WORK) && !earlyHelp.hasActiveEpisode(id));
        return "earlyhelp/episodes";
    }

    @GetMapping("/children/{id}/early-help/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String newEpisode(@PathVariable UUID id, Model model) {
        Map<String, String> form = new HashMap<>();
        FormPage.putDate(form, "startedOn", LocalDate.now(clock.withZone(hearth.timescales.Due.LONDON)));
        return newForm(model, episodes.child(id), form, new FormErrors());
    }

    @PostMapping("/children/{id}/early-help/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String start(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        PersonSummary child = episodes.child(id);
        FormErrors errors = new FormErrors();
        String requestedBy = FormPage.text(form, "requestedBy", FormPage.SHORT, true, errors);
        String reason = FormPage.text(form, "reason", FormPage.LONG - FormPage.SHORT - 2, true, errors);
        LocalDate date = FormPage.date(form, "startedOn", true, clock, errors);
        if (!errors.any() && earlyHelp.hasActiveEpisode(id)) {
            errors.reject("reason", "earlyhelp.error.alreadyActive");
        }
        if (errors.any()) {
            return newForm(model, child, form, errors);
        }
        EpisodeView episode = earlyHelp.open(id, Origin.PARTNER_REQUEST, requestedBy + ": " + reason, date);
        redirect.addFlashAttribute("flashSuccess", "earlyhelp.started");
        return "redirect:/early-help/" + episode.id();
    }

    @GetMapping("/early-help/{id}")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String show(@PathVariable UUID id, Model model) {
        return page(model, episodes.episode(id), Map.of(), new FormErrors());
    }

    @PostMapping("/early-help/{id}/void")
    @RequiresPermission(Permission.VOID_RECORD)
    String voidEpisode(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        EpisodeView episode = episodes.episode(id);
        FormErrors errors = new FormErrors();
        String reason = FormPage.text(form, "voidReason", 1000, true, errors);
        if (errors.any()) {
            return page(model, episode, form, errors);
        }
        earlyHelp.voidEpisode(id, reason);
        redirect.addFlashAttribute("flashSuccess", "earlyhelp.void.done");
        return "redirect:/people/" + episode.childId();
    }

    private String page(Model model, EpisodeView episode, Map<String, String> form, FormErrors errors) {
        UUID id = episode.id();
        PersonSummary child = episodes.child(episode.childId());
        audit.viewed(episode.childId(), "early help episode");
        List<WaitingView> waiting = earlyHelp.waitingFor(id);
        model.addAttribute("episode", episode);
        model.addAttribute("child", child);
        model.addAttribute("waiting", waiting.isEmpty() ? null : waiting.get(0));
        model.addAttribute("checkIns", earlyHelp.checkInsFor(id));
        model.addAttribute("actions", earlyHelp.planFor(id));
        model.addAttribute("reviews", earlyHelp.reviewsFor(id));
        model.addAttribute("family", family(episode.childId()));
        model.addAttribute("history", changes(id));
        model.addAttribute("canRecord", episode.active() && can(Permission.RECORD_CASE_WORK));
        model.addAttribute("canVoid", can(Permission.VOID_RECORD));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "earlyhelp/episode";
    }

    /** A sibling and their active early help episode, named only when the user may open their record. */
    record Sibling(UUID id, String name, UUID episodeId, String statusKey) {
    }

    /** One change to the episode: when, by whom, and each watched field's new value. */
    record Change(java.time.Instant at, String username, List<Line> lines) {
    }

    /** A field's new value: enum values carry a message key for their wording. */
    record Line(String field, String value, String valueKey) {
    }

    private List<Sibling> family(UUID childId) {
        List<UUID> siblingIds = people.siblingsOf(childId);
        if (siblingIds.isEmpty()) {
            return List.of();
        }
        HearthUser user = CurrentUser.require();
        Map<UUID, EpisodeView> active = new HashMap<>();
        earlyHelp.activeEpisodesOf(siblingIds).forEach(e -> active.put(e.childId(), e));
        List<Sibling> family = new ArrayList<>();
        for (PersonSummary s : people.find(siblingIds)) {
            boolean opens = access.decide(user, s.id()).allowed();
            EpisodeView e = active.get(s.id());
            family.add(new Sibling(s.id(), opens ? s.fullName() : null, opens && e != null ? e.id() : null,
                    e == null ? "earlyhelp.family.none" : "earlyhelp.status." + e.status()));
        }
        return family;
    }

    private List<Change> changes(UUID episodeId) {
        List<Change> changes = new ArrayList<>();
        for (ChangeRecord r : history.of("early help episode", episodeId)) {
            List<Line> lines = r.fields().stream()
                    .filter(f -> HISTORY_FIELDS.contains(f.field()) && f.after() != null)
                    .map(f -> new Line(f.field(), f.after(), switch (f.field()) {
                        case "status" -> "earlyhelp.status." + f.after();
                        case "closureOutcome" -> "earlyhelp.outcome." + f.after();
                        default -> null;
                    })).toList();
            if (!lines.isEmpty()) {
                changes.add(new Change(r.at(), r.username(), lines));
            }
        }
        return changes;
    }

    private String newForm(Model model, PersonSummary child, Map<String, String> form, FormErrors errors) {
        return FormPage.render(model, "earlyhelp.new.title", child.fullName(), "/people/" + child.id(),
                "/children/" + child.id() + "/early-help/new",
                List.of(Field.text("requestedBy", true), Field.textarea("reason", true), Field.date("startedOn", true)),
                form, errors, null, "earlyhelp.new.save", "earlyhelp.new.intro");
    }

    static boolean can(Permission permission) {
        return CurrentUser.get().filter(u -> u.has(permission)).isPresent();
    }
}
