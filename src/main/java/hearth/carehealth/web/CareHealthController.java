package hearth.carehealth.web;

import hearth.audit.AuditTrail;
import hearth.carehealth.CareHealth;
import hearth.carehealth.CareHealthKind;
import hearth.carehealth.CareHealthOutcome;
import hearth.carehealth.CareHealthRecordView;
import hearth.carehealth.NewCareHealthRecord;
import hearth.people.People;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.platform.web.DateParts;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RecordAccess;
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
 * The child's health and education page (what is due, every record with its history) and one form per kind of
 * record, with GOV.UK error summaries; bad input is shown again with what was typed.
 */
@Controller
class CareHealthController {

    static final int MAX_SHORT = 200;
    static final int MAX_TEXT = 2000;

    private final CareHealth careHealth;
    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final CareHealthForm reader;

    CareHealthController(CareHealth careHealth, People people, RecordAccess access, AuditTrail audit,
            CareHealthForm reader) {
        this.careHealth = careHealth;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.reader = reader;
    }

    @GetMapping("/children/{id}/care-health")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String page(@PathVariable UUID id, Model model) {
        PersonSummary child = child(id);
        audit.viewed(id, "health and education");
        model.addAttribute("child", child);
        model.addAttribute("summary", careHealth.summaryFor(id));
        model.addAttribute("records", careHealth.recordsFor(id));
        // conviction records only for a child old enough to have one (10 or over)
        model.addAttribute("kinds", java.util.Arrays.stream(CareHealthKind.values())
                .filter(k -> !CareHealth.tooYoung(k, child.dateOfBirth(), reader.today())).toList());
        model.addAttribute("canRecord", careHealth.isLookedAfter(id) && has(Permission.RECORD_CASE_WORK));
        model.addAttribute("canVoid", has(Permission.VOID_RECORD));
        return "carehealth/child";
    }

    @GetMapping("/children/{id}/care-health/{kind}/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String form(@PathVariable UUID id, @PathVariable String kind, Model model) {
        return formPage(model, child(id), kind(kind), Map.of(), new FormErrors());
    }

    @PostMapping("/children/{id}/care-health/{kind}/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String record(@PathVariable UUID id, @PathVariable String kind, @RequestParam Map<String, String> form,
            Model model, RedirectAttributes redirect) {
        PersonSummary child = child(id);
        CareHealthKind what = kind(kind);
        FormErrors errors = new FormErrors();
        if (!careHealth.isLookedAfter(id)) {
            errors.reject("entryDate", "carehealth.error.notLookedAfter");
            return formPage(model, child, what, form, errors);
        }
        NewCareHealthRecord record = reader.read(what, form, child.dateOfBirth(), errors);
        if (!errors.any()) {
            try {
                careHealth.record(id, record);
            } catch (IllegalArgumentException | IllegalStateException e) {
                errors.reject("entryDate", e.getMessage() != null && e.getMessage().startsWith("carehealth.")
                        ? e.getMessage() : "carehealth.error.notAllowed");
            }
        }
        if (errors.any()) {
            return formPage(model, child, what, form, errors);
        }
        redirect.addFlashAttribute("flashSuccess", "carehealth.saved." + what.name());
        return "redirect:/children/" + id + "/care-health";
    }

    @GetMapping("/children/{id}/care-health/records/{recordId}/void")
    @RequiresPermission(Permission.VOID_RECORD)
    String voidForm(@PathVariable UUID id, @PathVariable UUID recordId, Model model) {
        return voidPage(model, child(id), record(id, recordId), Map.of(), new FormErrors());
    }

    @PostMapping("/children/{id}/care-health/records/{recordId}/void")
    @RequiresPermission(Permission.VOID_RECORD)
    String voidRecord(@PathVariable UUID id, @PathVariable UUID recordId, @RequestParam Map<String, String> form,
            Model model, RedirectAttributes redirect) {
        PersonSummary child = child(id);
        CareHealthRecordView record = record(id, recordId);
        FormErrors errors = new FormErrors();
        String reason = errors.text(form, "reason", MAX_SHORT, true, "carehealth.error", "carehealth.error.tooLong");
        if (record.voided()) {
            errors.reject("reason", "carehealth.error.alreadyVoided");
        }
        if (errors.any()) {
            return voidPage(model, child, record, form, errors);
        }
        try {
            careHealth.voidRecord(recordId, CareHealthForm.version(form), reason);
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException e) {
            errors.reject("reason", "carehealth.error.stale");
            return voidPage(model, child, careHealth.find(recordId).orElseThrow(), form, errors);
        }
        redirect.addFlashAttribute("flashSuccess", "carehealth.voided");
        return "redirect:/children/" + id + "/care-health";
    }

    private String formPage(Model model, PersonSummary child, CareHealthKind kind, Map<String, String> form,
            FormErrors errors) {
        model.addAttribute("child", child);
        model.addAttribute("kind", kind);
        model.addAttribute("outcomes", kind.outcomes().stream().map(CareHealthOutcome::name).toList());
        model.addAttribute("form", form);
        model.addAttribute("entryDate", new DateParts(form.getOrDefault("entryDateDay", ""),
                form.getOrDefault("entryDateMonth", ""), form.getOrDefault("entryDateYear", "")));
        model.addAttribute("errors", errors);
        model.addAttribute("yesNo", List.of("yes", "no"));
        return "carehealth/record";
    }

    private String voidPage(Model model, PersonSummary child, CareHealthRecordView record, Map<String, String> form,
            FormErrors errors) {
        model.addAttribute("child", child);
        model.addAttribute("record", record);
        Map<String, String> values = new HashMap<>(form);
        values.put("version", String.valueOf(record.version()));
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        return "carehealth/void";
    }

    private CareHealthRecordView record(UUID childId, UUID recordId) {
        return careHealth.find(recordId).filter(r -> r.childId().equals(childId))
                .orElseThrow(() -> new NotFoundException("Record"));
    }

    private static CareHealthKind kind(String slug) {
        return CareHealthKind.fromSlug(slug).orElseThrow(() -> new NotFoundException("Kind of record"));
    }

    private PersonSummary child(UUID childId) {
        PersonSummary person = people.find(childId).filter(p -> p.kind() == PersonKind.CHILD)
                .orElseThrow(() -> new NotFoundException("Child"));
        access.require(childId);
        return person;
    }

    static boolean has(Permission permission) {
        return CurrentUser.get().filter(u -> u.has(permission)).isPresent();
    }
}
