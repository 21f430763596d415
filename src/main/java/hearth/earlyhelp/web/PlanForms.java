package hearth.earlyhelp.web;

import hearth.earlyhelp.Attendee;
import hearth.earlyhelp.EarlyHelp;
import hearth.earlyhelp.EpisodeView;
import hearth.earlyhelp.PlanActionView;
import hearth.earlyhelp.Progress;
import hearth.earlyhelp.ReviewDecision;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.timescales.Due;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team-around-the-family plan: actions, progress on each, and TAF reviews. */
@Controller
class PlanForms {

    static final int MAX_ATTENDEES = 30;

    private final EarlyHelp earlyHelp;
    private final EpisodeAccess episodes;
    private final Clock clock;

    PlanForms(EarlyHelp earlyHelp, EpisodeAccess episodes, Clock clock) {
        this.earlyHelp = earlyHelp;
        this.episodes = episodes;
        this.clock = clock;
    }

    @GetMapping("/early-help/{id}/actions/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String newAction(@PathVariable UUID id, Model model) {
        return actionForm(model, episodes.activeEpisode(id), Map.of(), new FormErrors());
    }

    @PostMapping("/early-help/{id}/actions/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String addAction(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        EpisodeView episode = episodes.activeEpisode(id);
        FormErrors errors = new FormErrors();
        String outcome = FormPage.text(form, "outcome", 1000, true, errors);
        String action = FormPage.text(form, "action", FormPage.NOTE, true, errors);
        String who = FormPage.text(form, "who", FormPage.SHORT, true, errors);
        LocalDate byWhen = FormPage.anyDate(form, "byWhen", errors);
        if (errors.any()) {
            return actionForm(model, episode, form, errors);
        }
        earlyHelp.addPlanAction(id, outcome, action, who, byWhen);
        redirect.addFlashAttribute("flashSuccess", "earlyhelp.action.added");
        return "redirect:/early-help/" + id;
    }

    private String actionForm(Model model, EpisodeView episode, Map<String, String> form, FormErrors errors) {
        return FormPage.render(model, "earlyhelp.action.title", episodes.child(episode.childId()).fullName(),
                EpisodeForms.back(episode), "/early-help/" + episode.id() + "/actions/new",
                List.of(Field.textarea("outcome", true), Field.textarea("action", true), Field.text("who", true),
                        Field.date("byWhen", true)),
                form, errors, null, "earlyhelp.action.save", null);
    }

    @GetMapping("/early-help/{id}/actions/{actionId}/progress")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String progress(@PathVariable UUID id, @PathVariable UUID actionId, Model model) {
        EpisodeView episode = episodes.activeEpisode(id);
        PlanActionView action = action(episode, actionId);
        Map<String, String> form = new HashMap<>();
        form.put("progress", action.progress().name());
        FormPage.putDate(form, "progressOn", today());
        return progressForm(model, episode, action, form, new FormErrors());
    }

    @PostMapping("/early-help/{id}/actions/{actionId}/progress")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String recordProgress(@PathVariable UUID id, @PathVariable UUID actionId, @RequestParam Map<String, String> form,
            Model model, RedirectAttributes redirect) {
        EpisodeView episode = episodes.activeEpisode(id);
        PlanActionView action = action(episode, actionId);
        long version = FormPage.version(form);
        FormErrors errors = new FormErrors();
        Progress progress = FormPage.choice(Progress.class, form, "progress", errors);
        String note = FormPage.text(form, "progressNote", FormPage.NOTE, true, errors);
        LocalDate on = FormPage.date(form, "progressOn", true, clock, errors);
        if (errors.any()) {
            return progressForm(model, episode, action, form, errors);
        }
        earlyHelp.recordProgress(actionId, version, progress, note, on);
        redirect.addFlashAttribute("flashSuccess", "earlyhelp.progress.saved");
        return "redirect:/early-help/" + id;
    }

    private PlanActionView action(EpisodeView episode, UUID actionId) {
        return earlyHelp.findAction(actionId).filter(a -> a.episodeId().equals(episode.id()))
                .orElseThrow(() -> new NotFoundException("Plan action"));
    }

    private String progressForm(Model model, EpisodeView episode, PlanActionView action, Map<String, String> form,
            FormErrors errors) {
        model.addAttribute("planAction", action);
        return FormPage.render(model, "earlyhelp.progress.title", episodes.child(episode.childId()).fullName(),
                EpisodeForms.back(episode), "/early-help/" + episode.id() + "/actions/" + action.id() + "/progress",
                List.of(Field.radios("progress", false, Progress.class, "earlyhelp.progress."),
                        Field.textarea("progressNote", true), Field.date("progressOn", true)),
                form, errors, action.version(), "earlyhelp.save", null);
    }

    @GetMapping("/early-help/{id}/reviews/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String newReview(@PathVariable UUID id, Model model) {
        Map<String, String> form = new HashMap<>();
        FormPage.putDate(form, "heldOn", today());
        return reviewForm(model, episodes.activeEpisode(id), form, new FormErrors());
    }

    @PostMapping("/early-help/{id}/reviews/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String addReview(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        EpisodeView episode = episodes.activeEpisode(id);
        FormErrors errors = new FormErrors();
        LocalDate heldOn = FormPage.date(form, "heldOn", true, clock, errors);
        if (heldOn != null && heldOn.isBefore(episode.startedOn())) {
            errors.reject("heldOn", "earlyhelp.error.beforeEpisode");
        }
        String attendeesText = FormPage.text(form, "attendees", FormPage.LONG, true, errors);
        List<Attendee> attendees = attendeesText == null ? List.of() : attendees(attendeesText, errors);
        String progress = FormPage.text(form, "reviewProgress", FormPage.LONG, true, errors);
        ReviewDecision decision = FormPage.choice(ReviewDecision.class, form, "decision", errors);
        String note = FormPage.text(form, "decisionNote", FormPage.NOTE, false, errors);
        if (errors.any()) {
            return reviewForm(model, episode, form, errors);
        }
        earlyHelp.recordReview(id, heldOn, attendees, progress, decision, note);
        redirect.addFlashAttribute("flashSuccess", "earlyhelp.review.saved");
        return "redirect:/early-help/" + id;
    }

    /** One attendee a line: "name, agency" (the agency is after the first comma). */
    static List<Attendee> attendees(String text, FormErrors errors) {
        List<Attendee> attendees = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int comma = line.indexOf(',');
            String name = comma < 0 ? "" : line.substring(0, comma).strip();
            String agency = comma < 0 ? "" : line.substring(comma + 1).strip();
            if (name.isEmpty() || agency.isEmpty() || name.length() > FormPage.SHORT
                    || agency.length() > FormPage.SHORT) {
                errors.reject("attendees", "earlyhelp.error.attendeeLine");
                return List.of();
            }
            attendees.add(new Attendee(name, agency));
        }
        if (attendees.size() > MAX_ATTENDEES) {
            errors.reject("attendees", "earlyhelp.error.tooManyAttendees");
        }
        return attendees;
    }

    private String reviewForm(Model model, EpisodeView episode, Map<String, String> form, FormErrors errors) {
        return FormPage.render(model, "earlyhelp.review.title", episodes.child(episode.childId()).fullName(),
                EpisodeForms.back(episode), "/early-help/" + episode.id() + "/reviews/new",
                List.of(Field.date("heldOn", true), Field.textarea("attendees", true),
                        Field.textarea("reviewProgress", true),
                        Field.radios("decision", false, ReviewDecision.class, "earlyhelp.decision."),
                        Field.textarea("decisionNote", true)),
                form, errors, null, "earlyhelp.review.save", null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Due.LONDON));
    }
}
