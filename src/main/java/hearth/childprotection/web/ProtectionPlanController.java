package hearth.childprotection.web;

import hearth.childprotection.ActionView;
import hearth.childprotection.Attendance;
import hearth.childprotection.ChildProtection;
import hearth.childprotection.ConferenceKind;
import hearth.childprotection.ConferenceView;
import hearth.childprotection.CoreGroupView;
import hearth.childprotection.NewAction;
import hearth.childprotection.NewConference;
import hearth.childprotection.NewCoreGroup;
import hearth.childprotection.NewVisit;
import hearth.childprotection.PlanEndReason;
import hearth.childprotection.PlanView;
import hearth.childprotection.ProgressRating;
import hearth.childprotection.ProgressView;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child protection plan and what happens under it: actions, core groups, visits, reviews, the chair's checks. */
@Controller
class ProtectionPlanController {

    private final ChildProtection childProtection;
    private final Pages pages;

    ProtectionPlanController(ChildProtection childProtection, Pages pages) {
        this.childProtection = childProtection;
        this.pages = pages;
    }

    @GetMapping("/cp-plans/{id}")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String show(@PathVariable UUID id, Model model) {
        return page(model, find(id), Map.of(), new FormErrors());
    }

    @PostMapping("/cp-plans/{id}/actions")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String addAction(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        PlanView plan = active(id, model);
        Forms f = new Forms(form, pages.today());
        String what = f.text("action", Forms.SHORT, true);
        String owner = f.text("owner", 200, true);
        if (f.errors().any()) {
            return page(model, plan, form, f.errors());
        }
        childProtection.addPlanAction(id, new NewAction(what, owner));
        redirect.addFlashAttribute("flashSuccess", "childprotection.plan.actionAdded");
        return "redirect:/cp-plans/" + id;
    }

    @PostMapping("/cp-plans/{id}/end")
    @RequiresPermission(Permission.AUTHORISE_ASSESSMENT)
    String end(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        PlanView plan = active(id, model);
        long version = Forms.version(form);
        Forms f = new Forms(form, pages.today());
        LocalDate on = f.date("endOn", true, plan.startDate());
        PlanEndReason reason = f.choice(PlanEndReason.class, "endReason", true);
        Boolean continues = f.yesNo("continuesCin");
        if (f.errors().any()) {
            return page(model, plan, form, f.errors());
        }
        childProtection.endPlan(id, version, on, reason, continues);
        redirect.addFlashAttribute("flashSuccess", "childprotection.plan.ended");
        return "redirect:/cp-plans/" + id;
    }

    @GetMapping("/cp-plans/{id}/core-groups/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String newCoreGroup(@PathVariable UUID id, Model model) {
        PlanView plan = active(id, model);
        return coreGroupForm(model, plan, Map.of(), new FormErrors());
    }

    @PostMapping("/cp-plans/{id}/core-groups/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String holdCoreGroup(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        PlanView plan = active(id, model);
        Forms f = new Forms(form, pages.today());
        LocalDate heldOn = f.date("heldOn", true, plan.startDate());
        Attendance attendance = f.attendance();
        List<ProgressView> progress = new ArrayList<>();
        for (ActionView a : childProtection.actionsFor(id)) {
            ProgressRating rating = f.choice(ProgressRating.class, "rating-" + a.id(), true, "rating");
            String text = f.text("progress-" + a.id(), 2000, "progress");
            progress.add(new ProgressView(a.id(), rating, text));
        }
        String notes = f.text("notes", Forms.LONG, false);
        if (f.errors().any()) {
            return coreGroupForm(model, plan, form, f.errors());
        }
        CoreGroupView held = childProtection.holdCoreGroup(id, new NewCoreGroup(heldOn, attendance, progress, notes));
        redirect.addFlashAttribute("flashSuccess", "childprotection.coreGroup.recorded");
        return "redirect:/cp-core-groups/" + held.id();
    }

    @GetMapping("/cp-core-groups/{id}")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String coreGroup(@PathVariable UUID id, Model model) {
        CoreGroupView group = childProtection.findCoreGroup(id).orElseThrow(() -> new NotFoundException("Core group"));
        pages.open(group.childId(), "core group", model);
        model.addAttribute("group", group);
        model.addAttribute("actions", childProtection.actionsFor(group.planId()).stream()
                .collect(Collectors.toMap(ActionView::id, Function.identity())));
        return "childprotection/core-group";
    }

    @GetMapping("/cp-plans/{id}/visits/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String newVisit(@PathVariable UUID id, Model model) {
        PlanView plan = active(id, model);
        return visitForm(model, plan, Map.of(), new FormErrors());
    }

    @PostMapping("/cp-plans/{id}/visits/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String recordVisit(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        PlanView plan = active(id, model);
        Forms f = new Forms(form, pages.today());
        LocalDate on = f.date("visitedOn", true, plan.startDate());
        Boolean seen = f.yesNo("childSeen");
        Boolean alone = Boolean.TRUE.equals(seen) ? f.yesNo("seenAlone") : Boolean.FALSE;
        String wishes = f.text("wishes", Forms.LONG, true);
        String notes = f.text("notes", Forms.LONG, false);
        if (f.errors().any()) {
            return visitForm(model, plan, form, f.errors());
        }
        childProtection.recordVisit(id, new NewVisit(on, seen, alone, wishes, notes));
        redirect.addFlashAttribute("flashSuccess", "childprotection.visit.recorded");
        return "redirect:/cp-plans/" + id;
    }

    @GetMapping("/cp-plans/{id}/reviews/new")
    @RequiresPermission(Permission.CHAIR_CONFERENCE)
    String newReview(@PathVariable UUID id, Model model) {
        PlanView plan = active(id, model);
        return reviewForm(model, plan, Map.of(), new FormErrors());
    }

    @PostMapping("/cp-plans/{id}/reviews/new")
    @RequiresPermission(Permission.CHAIR_CONFERENCE)
    String holdReview(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        PlanView plan = active(id, model);
        long version = Forms.version(form);
        Forms f = new Forms(form, pages.today());
        NewConference c = ConferenceForm.read(f, ConferenceKind.REVIEW, lastConference(plan));
        if (c == null) {
            return reviewForm(model, plan, form, f.errors());
        }
        ConferenceView held = childProtection.holdReviewConference(id, version, c);
        redirect.addFlashAttribute("flashSuccess", held.endReason() != null ? "childprotection.plan.ended"
                : "childprotection.conference.recorded");
        return "redirect:/cp-plans/" + id;
    }

    @GetMapping("/cp-plans/{id}/mid-point-reviews/new")
    @RequiresPermission(Permission.CHAIR_CONFERENCE)
    String newMidPoint(@PathVariable UUID id, Model model) {
        PlanView plan = active(id, model);
        return midPointForm(model, plan, Map.of(), new FormErrors());
    }

    @PostMapping("/cp-plans/{id}/mid-point-reviews/new")
    @RequiresPermission(Permission.CHAIR_CONFERENCE)
    String recordMidPoint(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        PlanView plan = active(id, model);
        Forms f = new Forms(form, pages.today());
        LocalDate on = f.date("reviewedOn", true, plan.startDate());
        String findings = f.text("findings", Forms.LONG, true);
        Boolean raised = f.yesNo("escalationRaised");
        String escalation = f.text("escalation", Forms.LONG, Boolean.TRUE.equals(raised));
        if (f.errors().any()) {
            return midPointForm(model, plan, form, f.errors());
        }
        childProtection.recordMidPointReview(id, on, findings, raised, escalation);
        redirect.addFlashAttribute("flashSuccess", "childprotection.midPoint.recorded");
        return "redirect:/cp-plans/" + id;
    }

    @GetMapping("/cp-conferences/{id}")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String conference(@PathVariable UUID id, Model model) {
        ConferenceView c = childProtection.conference(id).orElseThrow(() -> new NotFoundException("Conference"));
        pages.open(c.childId(), "child protection conference", model);
        model.addAttribute("conference", c);
        return "childprotection/conference";
    }

    private LocalDate lastConference(PlanView plan) {
        return childProtection.reviewConferences(plan.id()).stream().map(ConferenceView::heldOn)
                .max(LocalDate::compareTo).orElse(plan.startDate());
    }

    private PlanView find(UUID id) {
        return childProtection.findPlan(id).orElseThrow(() -> new NotFoundException("Plan"));
    }

    /** The plan, opened for the user; a plan that has ended takes no more work. */
    private PlanView active(UUID id, Model model) {
        PlanView plan = find(id);
        pages.open(plan.childId(), "child protection plan", model);
        if (!plan.active()) {
            throw new IllegalStateException("The plan has ended");
        }
        model.addAttribute("plan", plan);
        return plan;
    }

    private String page(Model model, PlanView plan, Map<String, String> form, FormErrors errors) {
        pages.open(plan.childId(), "child protection plan", model);
        model.addAttribute("plan", plan);
        model.addAttribute("actions", childProtection.actionsFor(plan.id()));
        model.addAttribute("coreGroups", childProtection.coreGroups(plan.id()));
        model.addAttribute("visits", childProtection.visits(plan.id()));
        model.addAttribute("reviews", childProtection.reviewConferences(plan.id()));
        model.addAttribute("midPoints", childProtection.midPointReviews(plan.id()));
        model.addAttribute("clocks", plan.active() ? childProtection.openClocks(plan.childId()) : List.of());
        model.addAttribute("canRecord", plan.active() && Pages.can(Permission.RECORD_CASE_WORK));
        model.addAttribute("canChair", plan.active() && Pages.can(Permission.CHAIR_CONFERENCE));
        model.addAttribute("canEnd", plan.active() && Pages.can(Permission.AUTHORISE_ASSESSMENT));
        model.addAttribute("endReasons", PlanEndReason.values());
        model.addAttribute("endOn", Forms.parts(form, "endOn"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "childprotection/plan";
    }

    private String coreGroupForm(Model model, PlanView plan, Map<String, String> form, FormErrors errors) {
        model.addAttribute("actions", childProtection.actionsFor(plan.id()));
        model.addAttribute("ratings", ProgressRating.values());
        model.addAttribute("heldOn", Forms.parts(form, "heldOn"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "childprotection/core-group-form";
    }

    private String visitForm(Model model, PlanView plan, Map<String, String> form, FormErrors errors) {
        model.addAttribute("visitedOn", Forms.parts(form, "visitedOn"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "childprotection/visit-form";
    }

    private String reviewForm(Model model, PlanView plan, Map<String, String> form, FormErrors errors) {
        return ConferenceForm.show(model, ConferenceKind.REVIEW, "/cp-plans/" + plan.id() + "/reviews/new", form,
                errors);
    }

    private String midPointForm(Model model, PlanView plan, Map<String, String> form, FormErrors errors) {
        model.addAttribute("reviewedOn", Forms.parts(form, "reviewedOn"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "childprotection/mid-point-form";
    }
}
