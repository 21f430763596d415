package hearth.fostering.web;

import hearth.audit.AuditTrail;
import hearth.fostering.ConnectedPersons;
import hearth.fostering.KinshipApprovalView;
import hearth.fostering.KinshipOutcome;
import hearth.fostering.SpecialGuardianship;
import hearth.fostering.SpecialGuardianshipView;
import hearth.people.People;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import java.time.LocalDate;
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
 * A child's kinship page (connected persons' temporary approvals with days taken and days left, special
 * guardianship assessments) and the forms that record them.
 */
@Controller
class KinshipController {

    private final ConnectedPersons connected;
    private final SpecialGuardianship guardianship;
    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;

    KinshipController(ConnectedPersons connected, SpecialGuardianship guardianship, People people, RecordAccess access,
            AuditTrail audit) {
        this.connected = connected;
        this.guardianship = guardianship;
        this.people = people;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/children/{id}/kinship")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String page(@PathVariable UUID id, Model model) {
        PersonSummary child = child(id);
        audit.viewed(id, "kinship");
        model.addAttribute("child", child);
        model.addAttribute("today", connected.today());
        model.addAttribute("approvals", connected.forChild(id));
        model.addAttribute("guardianship", guardianship.forChild(id));
        model.addAttribute("canRecord", CurrentUser.require().has(Permission.RECORD_CASE_WORK));
        return "fostering/kinship";
    }

    private static CarerForm.Page approvePage(UUID childId) {
        return new CarerForm.Page("fostering.approve.title", "/children/" + childId + "/kinship/approve",
                "/children/" + childId + "/kinship",
                List.of(CarerField.text("carerName", false), CarerField.text("relationship", true),
                        CarerField.date("approvedOn", true)), null, "approvedOn");
    }

    @GetMapping("/children/{id}/kinship/approve")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String approveForm(@PathVariable UUID id, Model model) {
        return CarerFormPages.render(model, child(id).fullName(), approvePage(id), Map.of(), new CarerForm(Map.of()));
    }

    @PostMapping("/children/{id}/kinship/approve")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String approve(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        PersonSummary child = child(id);
        CarerForm form = new CarerForm(values);
        String name = form.text("carerName", 200, true);
        String relationship = form.text("relationship", 200, true);
        LocalDate on = form.date("approvedOn", true);
        return CarerFormPages.save(model, child.fullName(), approvePage(id), form, redirect, "fostering.approve.saved",
                "/children/" + id + "/kinship", () -> connected.approve(id, name, relationship, on));
    }

    private static CarerForm.Page extendPage(KinshipApprovalView a) {
        return new CarerForm.Page("fostering.extend.title", "/kinship-approvals/" + a.id() + "/extend",
                "/children/" + a.childId() + "/kinship",
                List.of(CarerField.date("extendedOn", false), CarerField.text("weeks", true),
                        CarerField.text("nominatedOfficer", true), CarerField.textarea("extensionReason", true)),
                a.version(), "extendedOn");
    }

    @GetMapping("/kinship-approvals/{id}/extend")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String extendForm(@PathVariable UUID id, Model model) {
        KinshipApprovalView a = approval(id);
        return CarerFormPages.render(model, child(a.childId()).fullName(), extendPage(a), Map.of(),
                new CarerForm(Map.of()));
    }

    @PostMapping("/kinship-approvals/{id}/extend")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String extend(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        KinshipApprovalView a = approval(id);
        PersonSummary child = child(a.childId());
        CarerForm form = new CarerForm(values);
        long version = form.version();
        LocalDate on = form.date("extendedOn", true);
        Integer weeks = form.number("weeks", 1, 8, true);
        String officer = form.text("nominatedOfficer", 200, true);
        String reason = form.text("extensionReason", 2000, true);
        return CarerFormPages.save(model, child.fullName(), extendPage(a), form, redirect, "fostering.extend.saved",
                "/children/" + a.childId() + "/kinship",
                () -> connected.extend(id, version, on, weeks, reason, officer));
    }

    private static CarerForm.Page outcomePage(KinshipApprovalView a) {
        return new CarerForm.Page("fostering.outcome.title", "/kinship-approvals/" + a.id() + "/outcome",
                "/children/" + a.childId() + "/kinship",
                List.of(CarerField.radios("outcome", KinshipOutcome.values(), "fostering.outcome."),
                        CarerField.date("outcomeOn", false), CarerField.textarea("outcomeNotes", false)),
                a.version(), "outcomeOn");
    }

    @GetMapping("/kinship-approvals/{id}/outcome")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String outcomeForm(@PathVariable UUID id, Model model) {
        KinshipApprovalView a = approval(id);
        return CarerFormPages.render(model, child(a.childId()).fullName(), outcomePage(a), Map.of(),
                new CarerForm(Map.of()));
    }

    @PostMapping("/kinship-approvals/{id}/outcome")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String outcome(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        KinshipApprovalView a = approval(id);
        PersonSummary child = child(a.childId());
        CarerForm form = new CarerForm(values);
        long version = form.version();
        KinshipOutcome outcome = form.choice(KinshipOutcome.class, "outcome");
        LocalDate on = form.date("outcomeOn", true);
        String notes = form.text("outcomeNotes", 2000, false);
        return CarerFormPages.save(model, child.fullName(), outcomePage(a), form, redirect, "fostering.outcome.saved",
                "/children/" + a.childId() + "/kinship", () -> connected.decide(id, version, outcome, on, notes));
    }

    // ---- Special guardianship ----------------------------------------------------------------------------

    private static CarerForm.Page sgPage(UUID childId) {
        return new CarerForm.Page("fostering.sg.title", "/children/" + childId + "/special-guardianship",
                "/children/" + childId + "/kinship",
                List.of(CarerField.text("applicant", false), CarerField.date("noticeOn", true),
                        CarerField.date("courtDue", true)), null, "noticeOn");
    }

    @GetMapping("/children/{id}/special-guardianship")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String sgForm(@PathVariable UUID id, Model model) {
        return CarerFormPages.render(model, child(id).fullName(), sgPage(id), Map.of(), new CarerForm(Map.of()));
    }

    @PostMapping("/children/{id}/special-guardianship")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String sg(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        PersonSummary child = child(id);
        CarerForm form = new CarerForm(values);
        String applicant = form.text("applicant", 200, true);
        LocalDate notice = form.date("noticeOn", true);
        LocalDate courtDue = form.date("courtDue", false);
        return CarerFormPages.save(model, child.fullName(), sgPage(id), form, redirect, "fostering.sg.saved",
                "/children/" + id + "/kinship", () -> guardianship.start(id, applicant, notice, courtDue));
    }

    private static CarerForm.Page reportPage(SpecialGuardianshipView sg) {
        return new CarerForm.Page("fostering.report.title", "/sg-assessments/" + sg.id() + "/report",
                "/children/" + sg.childId() + "/kinship",
                List.of(CarerField.date("completedOn", false), CarerField.textarea("recommendation", false),
                        CarerField.date("supportPlanOn", true), CarerField.textarea("supportPlan", true)),
                sg.version(), "completedOn");
    }

    @GetMapping("/sg-assessments/{id}/report")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String reportForm(@PathVariable UUID id, Model model) {
        SpecialGuardianshipView sg = guardianship.find(id).orElseThrow(() -> new NotFoundException("Assessment"));
        return CarerFormPages.render(model, child(sg.childId()).fullName(), reportPage(sg), Map.of(),
                new CarerForm(Map.of()));
    }

    @PostMapping("/sg-assessments/{id}/report")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String report(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        SpecialGuardianshipView sg = guardianship.find(id).orElseThrow(() -> new NotFoundException("Assessment"));
        PersonSummary child = child(sg.childId());
        CarerForm form = new CarerForm(values);
        long version = form.version();
        LocalDate completed = form.date("completedOn", true);
        String recommendation = form.text("recommendation", 2000, true);
        LocalDate planOn = form.date("supportPlanOn", false);
        String plan = form.text("supportPlan", 4000, planOn != null);
        return CarerFormPages.save(model, child.fullName(), reportPage(sg), form, redirect, "fostering.report.saved",
                "/children/" + sg.childId() + "/kinship", () -> {
                    SpecialGuardianshipView done = guardianship.complete(id, version, completed, recommendation);
                    return planOn == null ? done : guardianship.supportPlan(id, done.version(), planOn, plan);
                });
    }

    private PersonSummary child(UUID id) {
        PersonSummary person = people.find(id).filter(p -> p.kind() == PersonKind.CHILD)
                .orElseThrow(() -> new NotFoundException("Child"));
        access.require(id);
        return person;
    }

    private KinshipApprovalView approval(UUID id) {
        return connected.find(id).orElseThrow(() -> new NotFoundException("Connected person approval"));
    }
}
