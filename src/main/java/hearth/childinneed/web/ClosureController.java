package hearth.childinneed.web;

import hearth.childinneed.ChildrenInNeed;
import hearth.childinneed.ClosureActivity;
import hearth.childinneed.ClosureReason;
import hearth.childinneed.ClosureProposal;
import hearth.childinneed.ClosureView;
import hearth.childinneed.EpisodeStatus;
import hearth.childinneed.EpisodeView;
import hearth.platform.web.FormErrors;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A worker proposes closure; a manager who did not propose it authorises it or returns it with a reason. */
@Controller
class ClosureController {

    private final ChildrenInNeed childrenInNeed;
    private final EpisodePages pages;
    private final ClosureActivity activity;

    ClosureController(ChildrenInNeed childrenInNeed, EpisodePages pages, ClosureActivity activity) {
        this.activity = activity;
        this.childrenInNeed = childrenInNeed;
        this.pages = pages;
    }

    @GetMapping("/cin-episodes/{id}/closure")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String proposeForm(@PathVariable UUID id, Model model) {
        EpisodeView episode = pages.episode(id);
        Map<String, String> form = new HashMap<>();
        if (episode.suggestedReason() != null) {
            form.put("reason", episode.suggestedReason().name());
        }
        form.put("version", String.valueOf(episode.version()));
        return proposePage(model, episode, form, new FormErrors());
    }

    @PostMapping("/cin-episodes/{id}/closure")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String propose(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        EpisodeView episode = pages.episode(id);
        FormErrors errors = new FormErrors();
        if (episode.status() != EpisodeStatus.OPEN) {
            errors.reject("reason", episode.status() == EpisodeStatus.CLOSED ? "childinneed.error.closed"
                    : "childinneed.error.alreadyProposed");
        }
        ClosureReason reason = EpisodePages.choice(ClosureReason.class, form.get("reason"), "reason", errors);
        String summary = EpisodePages.text(form, "summary", EpisodePages.MAX_TEXT, true, errors);
        String risks = EpisodePages.text(form, "risks", EpisodePages.MAX_TEXT, true, errors);
        long version = EpisodePages.version(form);
        if (reason != null && activity.refuses(episode, reason)) {
            errors.reject("reason", "childinneed.error.reasonAfterActivity");
        }
        if (activity.missingPrimaryNeed(episode)) {
            errors.reject("reason", "childinneed.error.primaryNeedBeforeClosing");
        }
        if (errors.any()) {
            return proposePage(model, episode, form, errors);
        }
        ClosureView closure = childrenInNeed.proposeClosure(id, version, new ClosureProposal(reason, summary, risks));
        redirect.addFlashAttribute("flashSuccess", closure.withoutAssessment()
                ? "childinneed.closure.proposedWithoutAssessment" : "childinneed.closure.proposed");
        return "redirect:/cin-episodes/" + id + "#closure";
    }

    @PostMapping("/cin-episodes/{id}/closure/authorise")
    @RequiresPermission(Permission.AUTHORISE_ASSESSMENT)
    String authorise(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        EpisodeView episode = pages.episode(id);
        FormErrors errors = new FormErrors();
        Optional<ClosureView> pending = pending(id);
        long version = EpisodePages.version(form);
        if (pending.isEmpty()) {
            errors.reject("stepDown", "childinneed.error.notProposed");
        } else if (pending.get().proposedBy().equals(CurrentUser.username())) {
            errors.reject("stepDown", "childinneed.error.proposerCannotAuthorise");
        } else if (activity.missingPrimaryNeed(episode)) {
            errors.reject("stepDown", "childinneed.error.primaryNeedBeforeClosing");
        }
        if (errors.any()) {
            return pages.episodePage(model, episode, form, errors);
        }
        childrenInNeed.authoriseClosure(pending.get().id(), version, "yes".equals(form.get("stepDown")));
        redirect.addFlashAttribute("flashSuccess", "childinneed.closure.authorised");
        return "redirect:/cin-episodes/" + id + "#closure";
    }

    @PostMapping("/cin-episodes/{id}/closure/return")
    @RequiresPermission(Permission.AUTHORISE_ASSESSMENT)
    String returnClosure(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        EpisodeView episode = pages.episode(id);
        FormErrors errors = new FormErrors();
        Optional<ClosureView> pending = pending(id);
        String reason = EpisodePages.text(form, "returnReason", EpisodePages.MAX_NOTE, true, errors);
        long version = EpisodePages.version(form);
        if (pending.isEmpty()) {
            errors.reject("returnReason", "childinneed.error.notProposed");
        } else if (pending.get().proposedBy().equals(CurrentUser.username())) {
            errors.reject("returnReason", "childinneed.error.proposerCannotAuthorise");
        }
        if (errors.any()) {
            return pages.episodePage(model, episode, form, errors);
        }
        childrenInNeed.returnClosure(pending.get().id(), version, reason);
        redirect.addFlashAttribute("flashSuccess", "childinneed.closure.returned");
        return "redirect:/cin-episodes/" + id + "#closure";
    }

    private Optional<ClosureView> pending(UUID episodeId) {
        return childrenInNeed.closuresFor(episodeId).stream().filter(ClosureView::awaitingAuthorisation).findFirst();
    }

    private String proposePage(Model model, EpisodeView episode, Map<String, String> form, FormErrors errors) {
        model.addAttribute("child", pages.child(episode.childId()));
        model.addAttribute("episode", episode);
        model.addAttribute("reasons", ClosureReason.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "childinneed/propose-closure";
    }
}
