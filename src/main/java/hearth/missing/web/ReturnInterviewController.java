package hearth.missing.web;

import hearth.missing.ExploitationConcern;
import hearth.missing.MissingEpisodeView;
import hearth.missing.MissingEpisodes;
import hearth.missing.ReturnInterviewFindings;
import hearth.platform.web.FormErrors;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
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

/** The return interview: offered to the child, then declined or held (by whom, when, and what it found). */
@Controller
class ReturnInterviewController {

    static final List<String> CONCERNS = Arrays.stream(ExploitationConcern.values()).map(Enum::name).toList();
    private final MissingEpisodes missing;
    private final MissingPages pages;

    ReturnInterviewController(MissingEpisodes missing, MissingPages pages) {
        this.missing = missing;
        this.pages = pages;
    }

    @GetMapping("/missing-episodes/{id}/offer")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String offerForm(@PathVariable UUID id, Model model) {
        MissingPages.requireRecorder();
        Map<String, String> form = new HashMap<>();
        MissingPages.put(form, "offeredAt", pages.now());
        return page(model, "missing/offer", pages.episode(id), form, new FormErrors());
    }

    @PostMapping("/missing-episodes/{id}/offer")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String offer(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        MissingPages.requireRecorder();
        MissingEpisodeView episode = pages.episode(id);
        FormErrors errors = new FormErrors();
        Instant at = pages.instant(form, "offeredAt", errors);
        long version = MissingPages.version(form);
        if (!errors.any() && episode.endedAt() != null && at.isBefore(episode.endedAt())) {
            errors.reject("offeredAt", "missing.error.offeredWhen");
        }
        if (errors.any()) {
            return page(model, "missing/offer", episode, form, errors);
        }
        missing.offerInterview(id, version, at);
        redirect.addFlashAttribute("flashSuccess", "missing.offer.done");
        return "redirect:/missing-episodes/" + id;
    }

    @GetMapping("/missing-episodes/{id}/interview")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String interviewForm(@PathVariable UUID id, Model model) {
        MissingPages.requireRecorder();
        Map<String, String> form = new HashMap<>();
        MissingPages.put(form, "heldAt", pages.now());
        return page(model, "missing/interview", pages.episode(id), form, new FormErrors());
    }

    @PostMapping("/missing-episodes/{id}/interview")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String interview(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        MissingPages.requireRecorder();
        MissingEpisodeView episode = pages.episode(id);
        FormErrors errors = new FormErrors();
        String outcome = form.getOrDefault("outcome", "");
        long version = MissingPages.version(form);
        if (outcome.equals("declined")) {
            String reason = MissingPages.text(form, "declinedReason", MissingPages.MAX_TEXT, true, errors);
            if (errors.any()) {
                return page(model, "missing/interview", episode, form, errors);
            }
            missing.interviewDeclined(id, version, reason);
            redirect.addFlashAttribute("flashSuccess", "missing.interview.declinedDone");
            return "redirect:/missing-episodes/" + id;
        }
        if (!outcome.equals("held")) {
            errors.reject("outcome", "missing.error.outcome");
            return page(model, "missing/interview", episode, form, errors);
        }
        Instant heldAt = pages.instant(form, "heldAt", errors);
        String heldBy = MissingPages.text(form, "heldBy", MissingPages.MAX_SHORT, true, errors);
        String push = MissingPages.text(form, "pushFactors", MissingPages.MAX_TEXT, false, errors);
        String pull = MissingPages.text(form, "pullFactors", MissingPages.MAX_TEXT, false, errors);
        String findings = MissingPages.text(form, "findings", MissingPages.MAX_TEXT, true, errors);
        Set<ExploitationConcern> concerns = EnumSet.noneOf(ExploitationConcern.class);
        MissingPages.checked(form, "concern_", CONCERNS).forEach(c -> concerns.add(ExploitationConcern.valueOf(c)));
        if (!errors.any() && episode.offeredAt() != null && heldAt.isBefore(episode.offeredAt())) {
            errors.reject("heldAt", "missing.error.heldWhen");
        }
        if (errors.any()) {
            return page(model, "missing/interview", episode, form, errors);
        }
        missing.interviewHeld(id, version, new ReturnInterviewFindings(heldAt, heldBy, push, pull, concerns, findings));
        redirect.addFlashAttribute("flashSuccess", "missing.interview.heldDone");
        return "redirect:/missing-episodes/" + id;
    }

    private String page(Model model, String template, MissingEpisodeView episode, Map<String, String> form,
            FormErrors errors) {
        model.addAttribute("child", pages.child(episode.childId()));
        model.addAttribute("episode", episode);
        model.addAttribute("concerns", CONCERNS);
        model.addAttribute("form", form);
        model.addAttribute("dates", MissingPages.dates(form, "offeredAt", "heldAt"));
        model.addAttribute("errors", errors);
        model.addAttribute("when", MissingTimes.INSTANCE);
        return template;
    }
}
