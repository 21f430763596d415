package hearth.assessment.web;

import hearth.assessment.AssessmentStatus;
import hearth.assessment.AssessmentView;
import hearth.assessment.Assessments;
import hearth.platform.web.FormErrors;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
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

/** A manager who did not write the assessment authorises it, or returns it to the worker with a reason. */
@Controller
class AuthorisationController {

    static final int MAX_REASON = 2000;
    static final List<String> DECISIONS = List.of("AUTHORISE", "RETURN");

    private final Assessments assessments;
    private final AssessmentPages pages;

    AuthorisationController(Assessments assessments, AssessmentPages pages) {
        this.assessments = assessments;
        this.pages = pages;
    }

    @GetMapping("/assessments/{id}/authorisation")
    @RequiresPermission(Permission.AUTHORISE_ASSESSMENT)
    String form(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        AssessmentView a = pages.open(id);
        if (a.status() != AssessmentStatus.AWAITING_AUTHORISATION) {
            redirect.addFlashAttribute("flashSuccess", "assessment.flash.notNow");
            return "redirect:/assessments/" + id;
        }
        FormErrors errors = new FormErrors();
        if (isAuthor(a)) {
            errors.reject("decision", "assessment.error.author");
        }
        return page(model, a, Map.of(), errors);
    }

    @PostMapping("/assessments/{id}/authorisation")
    @RequiresPermission(Permission.AUTHORISE_ASSESSMENT)
    String decide(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        AssessmentView a = pages.open(id);
        long version = AssessmentPages.version(form);
        FormErrors errors = new FormErrors();
        if (isAuthor(a)) {
            errors.reject("decision", "assessment.error.author");
            return page(model, a, form, errors);
        }
        String decision = form.getOrDefault("decision", "");
        if (!DECISIONS.contains(decision)) {
            errors.reject("decision", "assessment.error.decision");
        }
        String reason = AssessmentPages.text(form, "returnReason", MAX_REASON, "RETURN".equals(decision), errors);
        if (errors.any()) {
            return page(model, a, form, errors);
        }
        if ("AUTHORISE".equals(decision)) {
            assessments.authorise(id, version);
            redirect.addFlashAttribute("flashSuccess", "assessment.flash.authorised");
        } else {
            assessments.returnToWorker(id, version, reason);
            redirect.addFlashAttribute("flashSuccess", "assessment.flash.returned");
        }
        return "redirect:/assessments/" + id;
    }

    private static boolean isAuthor(AssessmentView a) {
        return CurrentUser.username().equals(a.submittedBy());
    }

    private String page(Model model, AssessmentView a, Map<String, String> form, FormErrors errors) {
        pages.show(model, a, form, errors);
        model.addAttribute("decisions", DECISIONS);
        model.addAttribute("isAuthor", isAuthor(a));
        return "assessment/authorise";
    }
}
