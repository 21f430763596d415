package hearth.missing.web;

import hearth.missing.ExploitationConcern;
import hearth.missing.ExploitationRiskLevel;
import hearth.missing.RiskOutsideHome;
import hearth.missing.SafetyPlanView;
import hearth.people.PersonSummary;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
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

/** Risk outside the home: a screening, a multi-agency planning meeting, a safety plan and its reviews. */
@Controller
class RiskOutsideHomeController {

    private final RiskOutsideHome risk;
    private final MissingPages pages;

    RiskOutsideHomeController(RiskOutsideHome risk, MissingPages pages) {
        this.risk = risk;
        this.pages = pages;
    }

    @GetMapping("/children/{id}/exploitation/{what:screening|meeting|safety-plan}")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String form(@PathVariable UUID id, @PathVariable String what, Model model) {
        return page(model, what, pages.child(id), null, new HashMap<>(), new FormErrors());
    }

    @PostMapping("/children/{id}/exploitation/screening")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String screen(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        PersonSummary child = pages.child(id);
        FormErrors errors = new FormErrors();
        LocalDate on = pages.date(form, "screenedOn", errors);
        String tool = MissingPages.text(form, "tool", MissingPages.MAX_SHORT, true, errors);
        Set<ExploitationConcern> concerns = EnumSet.noneOf(ExploitationConcern.class);
        MissingPages.checked(form, "concern_", ReturnInterviewController.CONCERNS)
                .forEach(c -> concerns.add(ExploitationConcern.valueOf(c)));
        ExploitationRiskLevel level = MissingPages.choice(ExploitationRiskLevel.class, form.get("level"), "level", errors);
        String summary = MissingPages.text(form, "summary", MissingPages.MAX_TEXT, true, errors);
        if (level != null && level != ExploitationRiskLevel.NO_CONCERNS && concerns.isEmpty()) {
            errors.reject("concerns", "missing.error.concerns");
        }
        if (errors.any()) {
            return page(model, "screening", child, null, form, errors);
        }
        risk.screen(id, on, tool, concerns, level, summary);
        redirect.addFlashAttribute("flashSuccess", "missing.screening.done");
        return "redirect:/children/" + id + "/missing";
    }

    @PostMapping("/children/{id}/exploitation/meeting")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String meeting(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        PersonSummary child = pages.child(id);
        FormErrors errors = new FormErrors();
        LocalDate on = pages.date(form, "heldOn", errors);
        String attendees = MissingPages.text(form, "attendees", MissingPages.MAX_TEXT, true, errors);
        String decisions = MissingPages.text(form, "decisions", MissingPages.MAX_TEXT, true, errors);
        if (errors.any()) {
            return page(model, "meeting", child, null, form, errors);
        }
        risk.meetingHeld(id, on, attendees, decisions);
        redirect.addFlashAttribute("flashSuccess", "missing.meeting.done");
        return "redirect:/children/" + id + "/missing";
    }

    @PostMapping("/children/{id}/exploitation/safety-plan")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String agree(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        PersonSummary child = pages.child(id);
        FormErrors errors = new FormErrors();
        LocalDate on = pages.date(form, "agreedOn", errors);
        String plan = MissingPages.text(form, "plan", MissingPages.MAX_TEXT, true, errors);
        if (!errors.any() && risk.currentPlan(id).isPresent()) {
            errors.reject("plan", "missing.error.planOpen");
        }
        if (errors.any()) {
            return page(model, "safety-plan", child, null, form, errors);
        }
        risk.agreePlan(id, on, plan);
        redirect.addFlashAttribute("flashSuccess", "missing.plan.done");
        return "redirect:/children/" + id + "/missing";
    }

    @GetMapping("/safety-plans/{id}/review")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String reviewForm(@PathVariable UUID id, Model model) {
        SafetyPlanView plan = plan(id);
        return page(model, "plan-review", pages.child(plan.childId()), plan, new HashMap<>(), new FormErrors());
    }

    @PostMapping("/safety-plans/{id}/review")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String review(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        SafetyPlanView plan = plan(id);
        PersonSummary child = pages.child(plan.childId());
        FormErrors errors = new FormErrors();
        LocalDate on = pages.date(form, "reviewedOn", errors);
        String notes = MissingPages.text(form, "notes", MissingPages.MAX_TEXT, true, errors);
        Boolean continues = MissingPages.yesNo(form.get("continues"), "continues", errors);
        long version = MissingPages.version(form);
        if (on != null && !errors.has("reviewedOn") && on.isBefore(plan.agreedOn())) {
            errors.reject("reviewedOn", "missing.error.reviewBeforePlan");
        }
        if (errors.any()) {
            return page(model, "plan-review", child, plan, form, errors);
        }
        risk.review(id, version, on, notes, continues);
        redirect.addFlashAttribute("flashSuccess", "missing.review.done");
        return "redirect:/children/" + plan.childId() + "/missing";
    }

    private SafetyPlanView plan(UUID id) {
        return risk.plan(id).orElseThrow(() -> new NotFoundException("Safety plan"));
    }

    private String page(Model model, String what, PersonSummary child, SafetyPlanView plan, Map<String, String> form,
            FormErrors errors) {
        model.addAttribute("child", child);
        model.addAttribute("plan", plan);
        model.addAttribute("concerns", ReturnInterviewController.CONCERNS);
        model.addAttribute("levels", ExploitationRiskLevel.values());
        model.addAttribute("form", form);
        model.addAttribute("dates", MissingPages.dates(form, "screenedOn", "heldOn", "agreedOn", "reviewedOn"));
        model.addAttribute("errors", errors);
        model.addAttribute("when", MissingTimes.INSTANCE);
        return "missing/" + what;
    }
}
