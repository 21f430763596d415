package hearth.quality.web;

import hearth.people.PersonSummary;
import hearth.platform.web.DateParts;
import hearth.platform.web.FormErrors;
import hearth.quality.AnswerType;
import hearth.quality.CaseAudits;
import hearth.quality.Grade;
import hearth.quality.NewAudit;
import hearth.quality.NewAuditAction;
import hearth.quality.QuestionView;
import hearth.quality.TemplateView;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.timescales.Due;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Auditing a child's record: the template's questions (each answered, with a comment), strengths and areas to
 * improve, the overall grade and up to {@value #ACTIONS} actions, each owned by the worker or their manager.
 */
@Controller
class AuditController {

    static final int ACTIONS = 3;
    private final CaseAudits audits;
    private final QualityPages pages;
    private final Clock clock;

    AuditController(CaseAudits audits, QualityPages pages, Clock clock) {
        this.audits = audits;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/audits/new")
    @RequiresPermission(Permission.AUDIT_CASES)
    String newAudit(@PathVariable UUID id, @RequestParam(required = false) UUID programme, Model model) {
        PersonSummary child = pages.viewed(id, "case audit");
        TemplateView template = audits.templateFor(programme);
        Map<String, String> form = new HashMap<>();
        ProgrammeController.putDate(form, "auditedOn", today());
        return form(model, child, programme, template, form, new FormErrors());
    }

    @PostMapping("/children/{id}/audits/new")
    @RequiresPermission(Permission.AUDIT_CASES)
    String record(@PathVariable UUID id, @RequestParam(required = false) UUID programme,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        PersonSummary child = pages.viewed(id, "case audit");
        TemplateView template = audits.templateFor(programme);
        List<String> owners = audits.possibleOwners(id);
        FormErrors errors = new FormErrors();
        LocalDate auditedOn = QualityPages.date(form, "auditedOn", errors, "quality.audit.error.auditedOn");
        if (auditedOn != null && auditedOn.isAfter(today())) {
            errors.reject("auditedOn", "quality.audit.error.auditedOnFuture");
        }
        Map<UUID, String> answers = new HashMap<>();
        Map<UUID, String> comments = new HashMap<>();
        for (QuestionView q : template.questions()) {
            String field = "q" + q.position();
            String answer = form.getOrDefault(field, "");
            if (q.answerType() != AnswerType.FREE_TEXT && !q.answerType().options().contains(answer)) {
                errors.reject(field, "quality.audit.error.answer");
            }
            answers.put(q.id(), answer);
            String comment = errors.text(form, field + "comment", CaseAudits.MAX_TEXT, false, "quality.audit.error",
                    "quality.error.tooLong");
            if (q.answerType() == AnswerType.FREE_TEXT && comment == null) {
                errors.reject(field + "comment", "quality.audit.error.freeText");
            }
            comments.put(q.id(), comment);
        }
        String strengths = errors.text(form, "strengths", CaseAudits.MAX_TEXT, true, "quality.audit.error",
                "quality.error.tooLong");
        String improvements = errors.text(form, "improvements", CaseAudits.MAX_TEXT, true, "quality.audit.error",
                "quality.error.tooLong");
        Grade grade = QualityPages.choice(Grade.class, form.get("grade"));
        if (grade == null) {
            errors.reject("grade", "quality.audit.error.grade");
        }
        List<NewAuditAction> actions = actions(form, owners, auditedOn, errors);
        if (errors.any()) {
            return form(model, child, programme, template, form, errors);
        }
        UUID audit = audits.record(id, new NewAudit(programme, auditedOn, answers, comments, strengths, improvements,
                grade, actions));
        redirect.addFlashAttribute("flashSuccess", "quality.audit.recorded");
        return "redirect:/quality/audits/" + audit + "/findings";
    }

    private List<NewAuditAction> actions(Map<String, String> form, List<String> owners, LocalDate auditedOn,
            FormErrors errors) {
        List<NewAuditAction> actions = new ArrayList<>();
        for (int i = 1; i <= ACTIONS; i++) {
            String field = "action" + i;
            String description = errors.text(form, field, CaseAudits.MAX_ACTION, false, "quality.audit.error",
                    "quality.error.tooLong");
            DateParts due = QualityPages.parts(form, field + "due");
            String owner = form.getOrDefault(field + "owner", "");
            if (description == null) {
                if (!due.blank() || !owner.isBlank()) {
                    errors.reject(field, "quality.audit.error.actionText");
                }
                continue;
            }
            if (!owners.contains(owner)) {
                errors.reject(field + "owner", "quality.audit.error.owner");
            }
            LocalDate dueOn = QualityPages.date(form, field + "due", errors, "quality.audit.error.due");
            if (dueOn != null && auditedOn != null && dueOn.isBefore(auditedOn)) {
                errors.reject(field + "due", "quality.audit.error.dueBefore");
            }
            if (!errors.any()) {
                actions.add(new NewAuditAction(description, owner, dueOn));
            }
        }
        return actions;
    }

    private String form(Model model, PersonSummary child, UUID programme, TemplateView template,
            Map<String, String> form, FormErrors errors) {
        model.addAttribute("child", child);
        model.addAttribute("programme", programme);
        model.addAttribute("template", template);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("grades", Grade.values());
        model.addAttribute("owners", audits.possibleOwners(child.id()));
        model.addAttribute("auditedOn", QualityPages.parts(form, "auditedOn"));
        List<DateParts> dues = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= ACTIONS; i++) {
            dues.add(QualityPages.parts(form, "action" + i + "due"));
            texts.add(form.getOrDefault("action" + i, ""));
        }
        model.addAttribute("actionTexts", texts);
        model.addAttribute("dues", dues);
        model.addAttribute("actionCount", ACTIONS);
        return "quality/audit-form";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Due.LONDON));
    }
}
