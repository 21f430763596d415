package hearth.childinneed.web;

import hearth.childinneed.ActionStatus;
import hearth.childinneed.ChildrenInNeed;
import hearth.childinneed.EpisodeView;
import hearth.childinneed.PlanView;
import hearth.platform.web.DateParts;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.time.LocalDate;
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

/** Starting the child in need plan, its needs and actions, and progress on each action. */
@Controller
class PlanController {

    private final ChildrenInNeed childrenInNeed;
    private final EpisodePages pages;

    PlanController(ChildrenInNeed childrenInNeed, EpisodePages pages) {
        this.childrenInNeed = childrenInNeed;
        this.pages = pages;
    }

    @GetMapping("/cin-episodes/{id}/plan")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String startForm(@PathVariable UUID id, Model model) {
        return formPage(model, pages.episode(id), "plan-start", Map.of(), new FormErrors());
    }

    @PostMapping("/cin-episodes/{id}/plan")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String start(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        EpisodeView episode = pages.episode(id);
        FormErrors errors = new FormErrors();
        LocalDate start = pages.date(form, "startDate", episode.referralDate(), "childinneed.error.dateBeforeReferral",
                errors);
        if (!episode.isOpen()) {
            errors.reject("startDate", "childinneed.error.closed");
        } else if (childrenInNeed.currentPlan(id).isPresent()) {
            errors.reject("startDate", "childinneed.error.alreadyPlan");
        }
        if (errors.any()) {
            return formPage(model, episode, "plan-start", form, errors);
        }
        childrenInNeed.startPlan(id, start);
        redirect.addFlashAttribute("flashSuccess", "childinneed.plan.started");
        return "redirect:/cin-episodes/" + id;
    }

    @GetMapping("/cin-episodes/{id}/needs/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String needForm(@PathVariable UUID id, Model model) {
        EpisodeView episode = pages.episode(id);
        plan(id);
        return formPage(model, episode, "need", Map.of(), new FormErrors());
    }

    @PostMapping("/cin-episodes/{id}/needs/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String addNeed(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        EpisodeView episode = pages.episode(id);
        PlanView plan = plan(id);
        FormErrors errors = new FormErrors();
        String description = EpisodePages.text(form, "description", EpisodePages.MAX_NOTE, true, errors);
        if (errors.any()) {
            return formPage(model, episode, "need", form, errors);
        }
        childrenInNeed.addNeed(plan.id(), description);
        redirect.addFlashAttribute("flashSuccess", "childinneed.need.added");
        return "redirect:/cin-episodes/" + id + "#plan";
    }

    @GetMapping("/cin-episodes/{id}/needs/{needId}/actions/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String actionForm(@PathVariable UUID id, @PathVariable UUID needId, Model model) {
        EpisodeView episode = pages.episode(id);
        model.addAttribute("need", need(plan(id), needId));
        return formPage(model, episode, "action", Map.of(), new FormErrors());
    }

    @PostMapping("/cin-episodes/{id}/needs/{needId}/actions/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String addAction(@PathVariable UUID id, @PathVariable UUID needId, @RequestParam Map<String, String> form,
            Model model, RedirectAttributes redirect) {
        EpisodeView episode = pages.episode(id);
        PlanView.Need need = need(plan(id), needId);
        FormErrors errors = new FormErrors();
        String what = EpisodePages.text(form, "what", EpisodePages.MAX_NOTE, true, errors);
        String who = EpisodePages.text(form, "who", EpisodePages.MAX_SHORT, true, errors);
        DateParts byWhenParts = EpisodePages.parts(form, "byWhen");
        LocalDate byWhen = null;
        if (byWhenParts.problem() != null) {
            errors.reject("byWhen", "childinneed.error.byWhen");
        } else {
            byWhen = byWhenParts.toDate();
        }
        if (errors.any()) {
            model.addAttribute("need", need);
            return formPage(model, episode, "action", form, errors);
        }
        childrenInNeed.addAction(needId, what, who, byWhen);
        redirect.addFlashAttribute("flashSuccess", "childinneed.action.added");
        return "redirect:/cin-episodes/" + id + "#plan";
    }

    @GetMapping("/cin-episodes/{id}/actions/{actionId}/progress")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String progressForm(@PathVariable UUID id, @PathVariable UUID actionId, Model model) {
        EpisodeView episode = pages.episode(id);
        PlanView.Action action = action(plan(id), actionId);
        Map<String, String> form = new HashMap<>();
        form.put("status", action.status().name());
        form.put("version", String.valueOf(action.version()));
        model.addAttribute("action", action);
        return formPage(model, episode, "progress", form, new FormErrors());
    }

    @PostMapping("/cin-episodes/{id}/actions/{actionId}/progress")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String recordProgress(@PathVariable UUID id, @PathVariable UUID actionId, @RequestParam Map<String, String> form,
            Model model, RedirectAttributes redirect) {
        EpisodeView episode = pages.episode(id);
        PlanView plan = plan(id);
        PlanView.Action action = action(plan, actionId);
        FormErrors errors = new FormErrors();
        LocalDate date = pages.date(form, "progressDate", plan.startDate(), "childinneed.error.dateBeforeStart",
                errors);
        ActionStatus status = EpisodePages.choice(ActionStatus.class, form.get("status"), "status", errors);
        String note = EpisodePages.text(form, "note", EpisodePages.MAX_NOTE, false, errors);
        long version = EpisodePages.version(form);
        if (errors.any()) {
            model.addAttribute("action", action);
            return formPage(model, episode, "progress", form, errors);
        }
        childrenInNeed.recordProgress(actionId, version, date, status, note);
        redirect.addFlashAttribute("flashSuccess", "childinneed.progress.saved");
        return "redirect:/cin-episodes/" + id + "#plan";
    }

    /** The episode's current plan; there is nothing to add to without one. */
    private PlanView plan(UUID episodeId) {
        return childrenInNeed.currentPlan(episodeId).orElseThrow(() -> new NotFoundException("Plan"));
    }

    private static PlanView.Need need(PlanView plan, UUID needId) {
        return plan.needs().stream().filter(n -> n.id().equals(needId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Need"));
    }

    private static PlanView.Action action(PlanView plan, UUID actionId) {
        return plan.needs().stream().flatMap(n -> n.actions().stream()).filter(a -> a.id().equals(actionId))
                .findFirst().orElseThrow(() -> new NotFoundException("Action"));
    }

    private String formPage(Model model, EpisodeView episode, String template, Map<String, String> form,
            FormErrors errors) {
        model.addAttribute("child", pages.child(episode.childId()));
        model.addAttribute("episode", episode);
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("form", form);
        model.addAttribute("dates", EpisodePages.dates(form));
        model.addAttribute("errors", errors);
        return "childinneed/" + template;
    }
}
