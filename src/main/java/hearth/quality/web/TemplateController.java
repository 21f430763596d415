package hearth.quality.web;

import hearth.platform.web.FormErrors;
import hearth.quality.AnswerType;
import hearth.quality.AuditTemplates;
import hearth.quality.TemplateView;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An audit template's questions, and adding or removing one (which makes a new version). */
@Controller
class TemplateController {

    private final AuditTemplates templates;

    TemplateController(AuditTemplates templates) {
        this.templates = templates;
    }

    @GetMapping("/quality/templates/{id}")
    @RequiresPermission(Permission.AUDIT_CASES)
    String template(@PathVariable UUID id, Model model) {
        return page(model, templates.find(id), Map.of(), new FormErrors());
    }

    @PostMapping("/quality/templates/{id}/questions")
    @RequiresPermission(Permission.AUDIT_CASES)
    String addQuestion(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        TemplateView template = templates.find(id);
        FormErrors errors = new FormErrors();
        String text = errors.text(form, "text", AuditTemplates.MAX_QUESTION, true, "quality.template.error",
                "quality.error.tooLong");
        String hint = errors.text(form, "hint", AuditTemplates.MAX_HINT, false, "quality.template.error",
                "quality.error.tooLong");
        AnswerType type = QualityPages.choice(AnswerType.class, form.get("answerType"));
        if (type == null) {
            errors.reject("answerType", "quality.template.error.answerType");
        }
        if (!template.current()) {
            errors.reject("text", "quality.template.error.notCurrent");
        }
        if (errors.any()) {
            return page(model, template, form, errors);
        }
        UUID next = templates.addQuestion(id, text, hint, type);
        redirect.addFlashAttribute("flashSuccess", "quality.template.saved");
        return "redirect:/quality/templates/" + next;
    }

    @PostMapping("/quality/templates/{id}/questions/{question}/remove")
    @RequiresPermission(Permission.AUDIT_CASES)
    String removeQuestion(@PathVariable UUID id, @PathVariable UUID question, RedirectAttributes redirect) {
        try {
            UUID next = templates.removeQuestion(id, question);
            redirect.addFlashAttribute("flashSuccess", "quality.template.saved");
            return "redirect:/quality/templates/" + next;
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/quality/templates/" + id;
        }
    }

    private String page(Model model, TemplateView template, Map<String, String> form, FormErrors errors) {
        model.addAttribute("template", template);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", AnswerType.values());
        return "quality/template";
    }
}
