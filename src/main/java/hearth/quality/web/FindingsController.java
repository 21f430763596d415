package hearth.quality.web;

import hearth.people.PersonSummary;
import hearth.platform.web.FormErrors;
import hearth.quality.AuditActionStatus;
import hearth.quality.AuditActionView;
import hearth.quality.AuditView;
import hearth.quality.CaseAudits;
import hearth.quality.Grade;
import hearth.security.CurrentUser;
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

/**
 * An audit's findings (for the auditor, the worker and their manager), its moderation by a second auditor, and an
 * action with the owner recording it done.
 */
@Controller
class FindingsController {

    private final CaseAudits audits;
    private final QualityPages pages;

    FindingsController(CaseAudits audits, QualityPages pages) {
        this.audits = audits;
        this.pages = pages;
    }

    @GetMapping("/quality/audits/{id}/findings")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String findings(@PathVariable UUID id, Model model) {
        AuditView audit = audits.find(id);
        model.addAttribute("child", pages.viewed(audit.childId(), "case audit findings"));
        model.addAttribute("audit", audit);
        model.addAttribute("canModerate", QualityPages.has(Permission.AUDIT_CASES) && !audit.moderated()
                && !audit.auditor().equals(CurrentUser.username()));
        model.addAttribute("day", QualityPages.DAY);
        return "quality/findings";
    }

    @GetMapping("/quality/audits/{id}/moderate")
    @RequiresPermission(Permission.AUDIT_CASES)
    String moderation(@PathVariable UUID id, Model model) {
        AuditView audit = audits.find(id);
        PersonSummary child = pages.viewed(audit.childId(), "case audit moderation");
        return moderationForm(model, child, audit, Map.of("version", String.valueOf(audit.version())),
                new FormErrors());
    }

    @PostMapping("/quality/audits/{id}/moderate")
    @RequiresPermission(Permission.AUDIT_CASES)
    String moderate(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        AuditView audit = audits.find(id);
        PersonSummary child = pages.viewed(audit.childId(), "case audit moderation");
        FormErrors errors = new FormErrors();
        Grade grade = QualityPages.choice(Grade.class, form.get("grade"));
        if (grade == null) {
            errors.reject("grade", "quality.moderation.error.grade");
        }
        String rationale = errors.text(form, "rationale", CaseAudits.MAX_TEXT, true, "quality.moderation.error",
                "quality.error.tooLong");
        if (errors.any()) {
            return moderationForm(model, child, audit, form, errors);
        }
        try {
            audits.moderate(id, QualityPages.version(form.get("version")), grade, rationale);
        } catch (IllegalStateException e) {
            errors.reject("grade", e.getMessage());
            return moderationForm(model, child, audit, form, errors);
        }
        redirect.addFlashAttribute("flashSuccess", "quality.moderation.done");
        return "redirect:/quality/audits/" + id + "/findings";
    }

    @GetMapping("/quality/actions/{id}")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String action(@PathVariable UUID id, Model model) {
        AuditActionView action = audits.action(id);
        PersonSummary child = pages.viewed(action.childId(), "case audit action");
        return actionPage(model, child, action, Map.of(), new FormErrors());
    }

    @PostMapping("/quality/actions/{id}")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String complete(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        AuditActionView action = audits.action(id);
        PersonSummary child = pages.viewed(action.childId(), "case audit action");
        FormErrors errors = new FormErrors();
        String evidence = errors.text(form, "evidence", CaseAudits.MAX_TEXT, true, "quality.action.error",
                "quality.error.tooLong");
        if (action.status() != AuditActionStatus.OPEN) {
            errors.reject("evidence", "quality.action.error.done");
        }
        if (errors.any()) {
            return actionPage(model, child, action, form, errors);
        }
        audits.completeAction(id, QualityPages.version(form.get("version")), evidence);
        redirect.addFlashAttribute("flashSuccess", "quality.action.completed");
        return "redirect:/quality/actions/" + id;
    }

    private String moderationForm(Model model, PersonSummary child, AuditView audit, Map<String, String> form,
            FormErrors errors) {
        model.addAttribute("child", child);
        model.addAttribute("audit", audit);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("grades", Grade.values());
        model.addAttribute("own", audit.auditor().equals(CurrentUser.username()));
        model.addAttribute("day", QualityPages.DAY);
        return "quality/moderate";
    }

    private String actionPage(Model model, PersonSummary child, AuditActionView action, Map<String, String> form,
            FormErrors errors) {
        model.addAttribute("child", child);
        model.addAttribute("action", action);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("canComplete", action.status() == AuditActionStatus.OPEN
                && QualityPages.has(Permission.RECORD_CASE_WORK));
        model.addAttribute("day", QualityPages.DAY);
        return "quality/action";
    }
}
