package hearth.missing.web;

import hearth.audit.ChangeHistory;
import hearth.missing.MissingCorrection;
import hearth.missing.MissingEpisodeView;
import hearth.missing.domain.MissingEpisode;
import hearth.missing.MissingEpisodes;
import hearth.missing.MissingKind;
import hearth.missing.MissingReturn;
import hearth.missing.NewMissingEpisode;
import hearth.missing.RiskOutsideHome;
import hearth.people.PersonSummary;
import hearth.platform.web.FormErrors;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.timescales.Obligations;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child's missing episodes and risk outside the home; reporting, the return, correcting and voiding an episode. */
@Controller
class MissingEpisodeController {

    private final MissingEpisodes missing;
    private final RiskOutsideHome risk;
    private final Obligations obligations;
    private final MissingPages pages;
    private final ChangeHistory history;

    MissingEpisodeController(MissingEpisodes missing, RiskOutsideHome risk, Obligations obligations,
            MissingPages pages, ChangeHistory history) {
        this.history = history;
        this.missing = missing;
        this.risk = risk;
        this.obligations = obligations;
        this.pages = pages;
    }

    @GetMapping("/children/{id}/missing")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String child(@PathVariable UUID id, Model model) {
        PersonSummary child = pages.child(id);
        pages.viewed(id, "missing episodes and risk outside the home");
        model.addAttribute("child", child);
        model.addAttribute("episodes", missing.forChild(id));
        model.addAttribute("totals", missing.totalsFor(id));
        model.addAttribute("screenings", risk.screeningsFor(id));
        model.addAttribute("meetings", risk.meetingsFor(id));
        model.addAttribute("plans", risk.plansFor(id));
        model.addAttribute("canRecord", MissingPages.canRecord());
        model.addAttribute("now", pages.now());
        model.addAttribute("when", MissingTimes.INSTANCE);
        return "missing/child";
    }

    @GetMapping("/missing-episodes/{id}")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String show(@PathVariable UUID id, Model model) {
        return episodePage(model, pages.episode(id), new HashMap<>(), new FormErrors());
    }

    @GetMapping("/children/{id}/missing/new")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String reportForm(@PathVariable UUID id, Model model) {
        MissingPages.requireRecorder();
        Map<String, String> form = new HashMap<>();
        form.put("policeReported", "yes");
        return reportPage(model, pages.child(id), null, form, new FormErrors());
    }

    @PostMapping("/children/{id}/missing/new")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String report(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        MissingPages.requireRecorder();
        PersonSummary child = pages.child(id);
        FormErrors errors = new FormErrors();
        Facts facts = facts(form, errors);
        if (errors.any()) {
            return reportPage(model, child, null, form, errors);
        }
        try {
            MissingEpisodeView episode = missing.report(new NewMissingEpisode(id, facts.kind, facts.startedAt,
                    facts.circumstances, facts.police, facts.reference));
            redirect.addFlashAttribute("flashSuccess", "missing.report.done");
            return "redirect:/missing-episodes/" + episode.id();
        } catch (IllegalArgumentException e) {
            errors.reject("startedAt", key(e));
            return reportPage(model, child, null, form, errors);
        }
    }

    @GetMapping("/missing-episodes/{id}/return")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String returnForm(@PathVariable UUID id, Model model) {
        MissingPages.requireRecorder();
        MissingEpisodeView episode = pages.episode(id);
        Map<String, String> form = new HashMap<>();
        MissingPages.put(form, "endedAt", pages.now());
        return returnPage(model, episode, form, new FormErrors());
    }

    @PostMapping("/missing-episodes/{id}/return")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String recordReturn(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        MissingPages.requireRecorder();
        MissingEpisodeView episode = pages.episode(id);
        FormErrors errors = new FormErrors();
        Instant endedAt = pages.instant(form, "endedAt", errors);
        String where = MissingPages.text(form, "whereFound", MissingPages.MAX_SHORT, true, errors);
        String notes = MissingPages.text(form, "returnNotes", MissingPages.MAX_TEXT, false, errors);
        long version = MissingPages.version(form);
        if (!errors.any() && endedAt.isBefore(episode.startedAt())) {
            errors.reject("endedAt", "missing.error.endBeforeStart");
        }
        if (errors.any()) {
            return returnPage(model, episode, form, errors);
        }
        missing.recordReturn(id, version, new MissingReturn(endedAt, where, notes));
        redirect.addFlashAttribute("flashSuccess", "missing.return.done");
        return "redirect:/missing-episodes/" + id;
    }

    @GetMapping("/missing-episodes/{id}/correct")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String correctForm(@PathVariable UUID id, Model model) {
        MissingPages.requireRecorder();
        MissingEpisodeView e = pages.episode(id);
        Map<String, String> form = new HashMap<>();
        form.put("kind", e.kind().name());
        MissingPages.put(form, "startedAt", e.startedAt());
        form.put("circumstances", e.circumstances() == null ? "" : e.circumstances());
        form.put("policeReported", e.reportedToPolice() ? "yes" : "no");
        form.put("policeReference", e.policeReference() == null ? "" : e.policeReference());
        MissingPages.put(form, "endedAt", e.endedAt());
        form.put("whereFound", e.whereFound() == null ? "" : e.whereFound());
        form.put("returnNotes", e.returnNotes() == null ? "" : e.returnNotes());
        return reportPage(model, pages.child(e.childId()), e, form, new FormErrors());
    }

    @PostMapping("/missing-episodes/{id}/correct")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String correct(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        MissingPages.requireRecorder();
        MissingEpisodeView e = pages.episode(id);
        FormErrors errors = new FormErrors();
        Facts facts = facts(form, errors);
        Instant endedAt = null;
        String where = null;
        String notes = null;
        if (e.endedAt() != null) {
            endedAt = pages.instant(form, "endedAt", errors);
            where = MissingPages.text(form, "whereFound", MissingPages.MAX_SHORT, true, errors);
            notes = MissingPages.text(form, "returnNotes", MissingPages.MAX_TEXT, false, errors);
        }
        String reason = MissingPages.text(form, "reason", MissingPages.MAX_SHORT, true, errors);
        long version = MissingPages.version(form);
        if (errors.any()) {
            return reportPage(model, pages.child(e.childId()), e, form, errors);
        }
        try {
            missing.correct(id, version, new MissingCorrection(facts.kind, facts.startedAt, facts.circumstances,
                    facts.police, facts.reference, endedAt, where, notes, reason));
        } catch (IllegalArgumentException ex) {
            errors.reject(key(ex).contains("end") || key(ex).contains("held") ? "endedAt" : "startedAt", key(ex));
            return reportPage(model, pages.child(e.childId()), e, form, errors);
        }
        redirect.addFlashAttribute("flashSuccess", "missing.correct.done");
        return "redirect:/missing-episodes/" + id;
    }

    @PostMapping("/missing-episodes/{id}/void")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String voidEpisode(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        MissingPages.requireRecorder();
        MissingEpisodeView e = pages.episode(id);
        FormErrors errors = new FormErrors();
        String reason = MissingPages.text(form, "voidReason", MissingPages.MAX_SHORT, true, errors);
        long version = MissingPages.version(form);
        if (errors.any()) {
            return episodePage(model, e, form, errors);
        }
        missing.voidEpisode(id, version, reason);
        redirect.addFlashAttribute("flashSuccess", "missing.void.done");
        return "redirect:/missing-episodes/" + id;
    }

    String episodePage(Model model, MissingEpisodeView episode, Map<String, String> form, FormErrors errors) {
        model.addAttribute("child", pages.child(episode.childId()));
        pages.viewed(episode.childId(), "missing episode");
        model.addAttribute("episode", episode);
        model.addAttribute("interview", episode.interviewObligationId() == null ? null
                : obligations.find(episode.interviewObligationId()).orElse(null));
        model.addAttribute("canRecord", MissingPages.canRecord() && !episode.voided());
        model.addAttribute("history", history.of(MissingEpisode.HISTORY, episode.id()).stream()
                .filter(c -> !c.change().equals("CREATED")).toList());
        model.addAttribute("now", pages.now());
        model.addAttribute("when", MissingTimes.INSTANCE);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "missing/episode";
    }

    private String reportPage(Model model, PersonSummary child, MissingEpisodeView episode, Map<String, String> form,
            FormErrors errors) {
        model.addAttribute("child", child);
        model.addAttribute("episode", episode);
        model.addAttribute("kinds", MissingKind.values());
        model.addAttribute("form", form);
        model.addAttribute("dates", MissingPages.dates(form, "startedAt", "endedAt"));
        model.addAttribute("errors", errors);
        return "missing/report";
    }

    private String returnPage(Model model, MissingEpisodeView episode, Map<String, String> form, FormErrors errors) {
        model.addAttribute("child", pages.child(episode.childId()));
        model.addAttribute("episode", episode);
        model.addAttribute("form", form);
        model.addAttribute("dates", MissingPages.dates(form, "endedAt"));
        model.addAttribute("errors", errors);
        model.addAttribute("when", MissingTimes.INSTANCE);
        return "missing/return";
    }

    private record Facts(MissingKind kind, Instant startedAt, String circumstances, boolean police, String reference) {
    }

    private Facts facts(Map<String, String> form, FormErrors errors) {
        MissingKind kind = MissingPages.choice(MissingKind.class, form.get("kind"), "kind", errors);
        Instant startedAt = pages.instant(form, "startedAt", errors);
        String circumstances = MissingPages.text(form, "circumstances", MissingPages.MAX_TEXT, false, errors);
        Boolean police = MissingPages.yesNo(form.get("policeReported"), "policeReported", errors);
        String reference = Boolean.TRUE.equals(police)
                ? MissingPages.text(form, "policeReference", 50, false, errors) : null;
        return new Facts(kind, startedAt, circumstances, Boolean.TRUE.equals(police), reference);
    }

    static String key(IllegalArgumentException e) {
        return e.getMessage() != null && e.getMessage().startsWith("missing.error.") ? e.getMessage()
                : "missing.error.invalid";
    }
}
