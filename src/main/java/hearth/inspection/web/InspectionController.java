package hearth.inspection.web;

import hearth.inspection.InspectionGrade;
import hearth.inspection.ImprovementPlan;
import hearth.inspection.InspectionKind;
import hearth.inspection.InspectionView;
import hearth.inspection.Inspections;
import hearth.inspection.JudgementArea;
import hearth.inspection.NewInspection;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inspection history as a timeline, recording an inspection, one inspection with its plan, adding a point. */
@Controller
class InspectionController {

    private final Inspections inspections;
    private final ImprovementPlan plan;

    InspectionController(Inspections inspections, ImprovementPlan plan) {
        this.inspections = inspections;
        this.plan = plan;
    }

    @Bean
    static NavigationLink inspectionsLink() {
        return new NavigationLink(13, "nav.inspections", "/inspections", Permission.VIEW_PERFORMANCE);
    }

    @GetMapping("/inspections")
    @RequiresPermission(Permission.VIEW_PERFORMANCE)
    String timeline(Model model) {
        model.addAttribute("inspections", inspections.timeline());
        model.addAttribute("areas", JudgementArea.values());
        return "inspection/timeline";
    }

    @GetMapping("/inspections/new")
    @RequiresPermission(Permission.MANAGE_IMPROVEMENT_PLAN)
    String newInspection(Model model) {
        return form(model, new HashMap<>(), new FormErrors());
    }

    @PostMapping("/inspections")
    @RequiresPermission(Permission.MANAGE_IMPROVEMENT_PLAN)
    String record(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        InspectionKind kind = InspectionForms.choice(form, "kind", InspectionKind.class, true, errors);
        LocalDate start = InspectionForms.date(form, "startDate", true, errors);
        LocalDate end = InspectionForms.date(form, "endDate", false, errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.reject("endDate", "inspection.error.endBeforeStart");
        }
        LocalDate published = InspectionForms.date(form, "publishedOn", false, errors);
        String lead = errors.text(form, "leadInspector", 200, false, "inspection.error", "inspection.error.tooLong");
        String others = errors.text(form, "otherInspectors", Inspections.MAX_TEXT, false, "inspection.error",
                "inspection.error.tooLong");
        String url = errors.text(form, "reportUrl", Inspections.MAX_TEXT, false, "inspection.error",
                "inspection.error.tooLong");
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            errors.reject("reportUrl", "inspection.error.reportUrl");
        }
        String summary = errors.text(form, "summary", Inspections.MAX_SUMMARY, false, "inspection.error",
                "inspection.error.tooLong");
        Map<JudgementArea, InspectionGrade> judgements = new EnumMap<>(JudgementArea.class);
        for (JudgementArea area : JudgementArea.values()) {
            InspectionGrade grade = InspectionForms.choice(form, "grade" + area.name(), InspectionGrade.class, false, errors);
            if (grade != null) {
                judgements.put(area, grade);
            }
        }
        String pointsText = errors.text(form, "points", Inspections.MAX_SUMMARY, false, "inspection.error",
                "inspection.error.tooLong");
        List<String> points = pointsText == null ? List.of()
                : Arrays.stream(pointsText.split("\\R")).map(p -> p.strip().replaceFirst("^[-*\u2022]\\s*", ""))
                        .filter(p -> !p.isEmpty()).toList();
        if (points.stream().anyMatch(p -> p.length() > Inspections.MAX_TEXT)) {
            errors.reject("points", "inspection.error.tooLong");
        }
        if (errors.any()) {
            return form(model, form, errors);
        }
        UUID id = inspections.record(new NewInspection(kind, start, end, published, lead, others, url, summary,
                judgements, points));
        redirect.addFlashAttribute("flashSuccess", "inspection.recorded");
        return "redirect:/inspections/" + id;
    }

    @GetMapping("/inspections/{id}")
    @RequiresPermission(Permission.VIEW_PERFORMANCE)
    String inspection(@PathVariable UUID id, Model model) {
        return page(model, find(id), "", new FormErrors());
    }

    @PostMapping("/inspections/{id}/points")
    @RequiresPermission(Permission.MANAGE_IMPROVEMENT_PLAN)
    String addPoint(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        InspectionView inspection = find(id);
        FormErrors errors = new FormErrors();
        String body = errors.text(form, "point", Inspections.MAX_TEXT, true, "inspection.error",
                "inspection.error.tooLong");
        if (errors.any()) {
            return page(model, inspection, form.getOrDefault("point", ""), errors);
        }
        inspections.addPoint(id, body);
        redirect.addFlashAttribute("flashSuccess", "inspection.pointAdded");
        return "redirect:/inspections/" + id;
    }

    @PostMapping("/inspections/{id}/void")
    @RequiresPermission(Permission.MANAGE_IMPROVEMENT_PLAN)
    String voidInspection(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        InspectionView inspection = find(id);
        long version = InspectionForms.version(form.get("version"));
        FormErrors errors = new FormErrors();
        String reason = errors.text(form, "reason", Inspections.MAX_TEXT, true, "inspection.error",
                "inspection.error.tooLong");
        if (errors.any()) {
            model.addAttribute("reason", form.getOrDefault("reason", ""));
            return page(model, inspection, "", errors);
        }
        inspections.voidInspection(id, version, reason);
        redirect.addFlashAttribute("flashSuccess", "inspection.voided");
        return "redirect:/inspections";
    }

    private String page(Model model, InspectionView inspection, String point, FormErrors errors) {
        model.addAttribute("inspection", inspection);
        model.addAttribute("areas", JudgementArea.values());
        model.addAttribute("plan", plan.planFor(inspection));
        model.addAttribute("today", plan.today());
        model.addAttribute("point", point);
        model.addAttribute("errors", errors);
        return "inspection/inspection";
    }

    private String form(Model model, Map<String, String> form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", InspectionKind.values());
        model.addAttribute("areas", JudgementArea.values());
        model.addAttribute("grades", InspectionGrade.values());
        model.addAttribute("startDate", InspectionForms.parts(form, "startDate"));
        model.addAttribute("endDate", InspectionForms.parts(form, "endDate"));
        model.addAttribute("publishedOn", InspectionForms.parts(form, "publishedOn"));
        return "inspection/new";
    }

    private InspectionView find(UUID id) {
        return inspections.find(id).orElseThrow(() -> new NotFoundException("Inspection"));
    }
}
