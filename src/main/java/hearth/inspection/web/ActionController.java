package hearth.inspection.web;

import hearth.inspection.ActionDetails;
import hearth.inspection.ImprovementStatus;
import hearth.inspection.ImprovementActionView;
import hearth.inspection.ImprovementPlan;
import hearth.inspection.ImprovementPoint;
import hearth.inspection.InspectionView;
import hearth.inspection.Inspections;
import hearth.inspection.LinkedMeasure;
import hearth.performance.Measures;
import hearth.platform.web.DateParts;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
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

/**
 * The improvement plan's actions: adding one to a point, one action with its linked measures' trends, changing its
 * status and evidence, and linking or unlinking measures.
 */
@Controller
class ActionController {

    private final ImprovementPlan plan;
    private final Inspections inspections;
    private final Measures measures;

    ActionController(ImprovementPlan plan, Inspections inspections, Measures measures) {
        this.plan = plan;
        this.inspections = inspections;
        this.measures = measures;
    }

    @GetMapping("/improvement-points/{pointId}/actions/new")
    @RequiresPermission(Permission.MANAGE_IMPROVEMENT_PLAN)
    String newAction(@PathVariable UUID pointId, Model model) {
        Map<String, String> form = new HashMap<>();
        form.put("status", ImprovementStatus.NOT_STARTED.name());
        return newForm(model, point(pointId), form, new FormErrors());
    }

    @PostMapping("/improvement-points/{pointId}/actions")
    @RequiresPermission(Permission.MANAGE_IMPROVEMENT_PLAN)
    String addAction(@PathVariable UUID pointId, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        ImprovementPoint point = point(pointId);
        FormErrors errors = new FormErrors();
        ActionDetails details = InspectionForms.action(form, errors);
        if (errors.any()) {
            return newForm(model, point, form, errors);
        }
        UUID id = plan.addAction(pointId, details);
        redirect.addFlashAttribute("flashSuccess", "inspection.action.added");
        return "redirect:/improvement-actions/" + id;
    }

    @GetMapping("/improvement-actions/{id}")
    @RequiresPermission(Permission.VIEW_PERFORMANCE)
    String action(@PathVariable UUID id, Model model) {
        ImprovementActionView action = find(id);
        return page(model, action, formOf(action), new FormErrors(), new FormErrors());
    }

    @PostMapping("/improvement-actions/{id}")
    @RequiresPermission(Permission.MANAGE_IMPROVEMENT_PLAN)
    String update(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        ImprovementActionView action = find(id);
        long version = InspectionForms.version(form.get("version"));
        FormErrors errors = new FormErrors();
        ActionDetails details = InspectionForms.action(form, errors);
        if (errors.any()) {
            return page(model, action, form, errors, new FormErrors());
        }
        plan.update(id, version, details);
        redirect.addFlashAttribute("flashSuccess", "inspection.action.saved");
        return "redirect:/improvement-actions/" + id;
    }

    @PostMapping("/improvement-actions/{id}/measures")
    @RequiresPermission(Permission.MANAGE_IMPROVEMENT_PLAN)
    String link(@PathVariable UUID id, @RequestParam(defaultValue = "") String measureId, Model model,
            RedirectAttributes redirect) {
        ImprovementActionView action = find(id);
        if (measures.find(measureId).isEmpty()) {
            FormErrors linkErrors = new FormErrors().reject("measureId", "inspection.error.measureId");
            return page(model, action, formOf(action), new FormErrors(), linkErrors);
        }
        plan.linkMeasure(id, measureId);
        redirect.addFlashAttribute("flashSuccess", "inspection.action.linked");
        return "redirect:/improvement-actions/" + id;
    }

    @PostMapping("/improvement-actions/{id}/measures/remove")
    @RequiresPermission(Permission.MANAGE_IMPROVEMENT_PLAN)
    String unlink(@PathVariable UUID id, @RequestParam(defaultValue = "") String measureId,
            RedirectAttributes redirect) {
        find(id);
        plan.unlinkMeasure(id, measureId);
        redirect.addFlashAttribute("flashSuccess", "inspection.action.unlinked");
        return "redirect:/improvement-actions/" + id;
    }

    private Map<String, String> formOf(ImprovementActionView action) {
        Map<String, String> form = new HashMap<>();
        form.put("title", action.title());
        form.put("owner", action.owner());
        form.put("status", action.status().name());
        form.put("evidence", action.evidence() == null ? "" : action.evidence());
        form.put("version", String.valueOf(action.version()));
        DateParts due = DateParts.of(action.dueDate());
        form.put("dueDateDay", due.day());
        form.put("dueDateMonth", due.month());
        form.put("dueDateYear", due.year());
        return form;
    }

    private String page(Model model, ImprovementActionView action, Map<String, String> form, FormErrors errors,
            FormErrors linkErrors) {
        ImprovementPoint point = point(action.pointId());
        InspectionView inspection = inspections.find(point.inspectionId())
                .orElseThrow(() -> new NotFoundException("Inspection"));
        List<LinkedMeasure> linked = action.measureIds().stream().map(plan::measure).toList();
        model.addAttribute("action", action);
        model.addAttribute("point", point);
        model.addAttribute("inspection", inspection);
        model.addAttribute("linked", linked);
        model.addAttribute("catalogue", measures.catalogue().stream()
                .filter(m -> !action.measureIds().contains(m.id())).toList());
        model.addAttribute("revisions", plan.revisions(action.id()));
        model.addAttribute("statuses", ImprovementStatus.values());
        model.addAttribute("form", form);
        model.addAttribute("dueDate", InspectionForms.parts(form, "dueDate"));
        model.addAttribute("errors", errors);
        model.addAttribute("linkErrors", linkErrors);
        model.addAttribute("today", plan.today());
        return "inspection/action";
    }

    private String newForm(Model model, ImprovementPoint point, Map<String, String> form, FormErrors errors) {
        model.addAttribute("point", point);
        model.addAttribute("statuses", ImprovementStatus.values());
        model.addAttribute("form", form);
        model.addAttribute("dueDate", InspectionForms.parts(form, "dueDate"));
        model.addAttribute("errors", errors);
        return "inspection/new-action";
    }

    private ImprovementPoint point(UUID pointId) {
        ImprovementPoint point = inspections.point(pointId).orElseThrow(() -> new NotFoundException("Point"));
        inspections.find(point.inspectionId()).orElseThrow(() -> new NotFoundException("Inspection"));
        return point;
    }

    private ImprovementActionView find(UUID id) {
        return plan.find(id).orElseThrow(() -> new NotFoundException("Action"));
    }
}
