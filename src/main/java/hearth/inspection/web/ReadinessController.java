package hearth.inspection.web;

import hearth.audit.AuditTrail;
import hearth.inspection.Inspections;
import hearth.inspection.ReadinessSample;
import hearth.inspection.SampleStratum;
import hearth.inspection.SampledChild;
import hearth.inspection.SelfEvaluation;
import hearth.inspection.SelfEvaluationSection;
import hearth.inspection.SelfEvaluationView;
import hearth.platform.web.FormErrors;
import hearth.security.CurrentUser;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Getting ready for an inspection: the Annex A return, a sample of children an inspector might pick (each one click
 * from their record; showing the list is logged like a search), and the self-evaluation drafted from the measures.
 */
@Controller
class ReadinessController {

    static final int PER_GROUP = 3;

    private final ReadinessSample sample;
    private final SelfEvaluation selfEvaluation;
    private final Inspections inspections;
    private final AuditTrail audit;

    ReadinessController(ReadinessSample sample, SelfEvaluation selfEvaluation, Inspections inspections,
            AuditTrail audit) {
        this.sample = sample;
        this.selfEvaluation = selfEvaluation;
        this.inspections = inspections;
        this.audit = audit;
    }

    @Bean
    static NavigationLink readinessLink() {
        return new NavigationLink(13, "nav.inspectionReadiness", "/inspection-readiness", Permission.VIEW_PERFORMANCE);
    }

    @GetMapping("/inspection-readiness")
    @RequiresPermission(Permission.VIEW_PERFORMANCE)
    String readiness(@RequestParam(defaultValue = "0") int draw, Model model) {
        int which = Math.max(0, Math.min(draw, 1000));
        List<SampledChild> children = sample.sample(PER_GROUP, which);
        audit.searched("inspection readiness sample " + which, children.stream().map(SampledChild::childId).toList());
        Map<SampleStratum, List<SampledChild>> byGroup = new EnumMap<>(SampleStratum.class);
        for (SampleStratum s : SampleStratum.values()) {
            byGroup.put(s, children.stream().filter(c -> c.stratum() == s).collect(Collectors.toList()));
        }
        model.addAttribute("groups", byGroup);
        model.addAttribute("draw", which);
        model.addAttribute("canRunReturns", CurrentUser.require().has(Permission.RUN_RETURNS));
        model.addAttribute("latest", inspections.latestJudged().orElse(null));
        model.addAttribute("selfEvaluation", selfEvaluation.latest().orElse(null));
        return "inspection/readiness";
    }

    @GetMapping("/self-evaluation")
    @RequiresPermission(Permission.VIEW_PERFORMANCE)
    String selfEvaluation(Model model) {
        SelfEvaluationView latest = selfEvaluation.latest().orElse(null);
        Map<String, String> form = new HashMap<>();
        for (SelfEvaluationSection s : SelfEvaluationSection.values()) {
            form.put(s.name(), latest == null || latest.section(s) == null ? "" : latest.section(s));
        }
        form.put("startedFrom", String.valueOf(latest == null ? 0 : latest.revision()));
        return page(model, form, new FormErrors(), false);
    }

    @PostMapping("/self-evaluation/draft")
    @RequiresPermission(Permission.MANAGE_IMPROVEMENT_PLAN)
    String draft(Model model) {
        Map<String, String> form = new HashMap<>();
        selfEvaluation.draft().forEach((s, text) -> form.put(s.name(), text));
        form.put("startedFrom", String.valueOf(selfEvaluation.latest().map(SelfEvaluationView::revision).orElse(0)));
        return page(model, form, new FormErrors(), true);
    }

    @PostMapping("/self-evaluation")
    @RequiresPermission(Permission.MANAGE_IMPROVEMENT_PLAN)
    String save(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        int startedFrom = (int) InspectionForms.version(form.get("startedFrom"));
        FormErrors errors = new FormErrors();
        Map<SelfEvaluationSection, String> sections = new EnumMap<>(SelfEvaluationSection.class);
        for (SelfEvaluationSection s : SelfEvaluationSection.values()) {
            sections.put(s, errors.text(form, s.name(), SelfEvaluation.MAX_SECTION, false, "inspection.error",
                    "inspection.error.tooLong"));
        }
        if (sections.values().stream().allMatch(v -> v == null)) {
            errors.reject(SelfEvaluationSection.OVERALL.name(), "inspection.error.selfEvaluationEmpty");
        }
        if (errors.any()) {
            return page(model, form, errors, false);
        }
        int revision = selfEvaluation.save(startedFrom, sections);
        redirect.addFlashAttribute("flashSuccess", "inspection.sef.saved");
        redirect.addFlashAttribute("savedRevision", revision);
        return "redirect:/self-evaluation";
    }

    private String page(Model model, Map<String, String> form, FormErrors errors, boolean drafted) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("drafted", drafted);
        model.addAttribute("sections", SelfEvaluationSection.values());
        model.addAttribute("revisions", selfEvaluation.revisions());
        return "inspection/self-evaluation";
    }
}
