package hearth.workforce.web;

import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.workforce.AbsenceKind;
import hearth.workforce.ProfileChange;
import hearth.workforce.TrainingStatus;
import hearth.workforce.Workforce;
import hearth.workforce.WorkerProfile;
import hearth.workforce.WorkerProfiles;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A worker's page (profile, absences, training) and the form to change it, for their managers and administrators. */
@Controller
class WorkerController {

    private final WorkerProfiles profiles;
    private final Workforce workforce;

    WorkerController(WorkerProfiles profiles, Workforce workforce) {
        this.profiles = profiles;
        this.workforce = workforce;
    }

    @GetMapping("/workers/{username}")
    @RequiresPermission(Permission.MANAGE_WORKERS)
    String show(@PathVariable String username, Model model) {
        WorkerProfile p = open(username);
        return page(model, p, new HashMap<>(), new FormErrors());
    }

    @PostMapping("/workers/{username}/absences")
    @RequiresPermission(Permission.MANAGE_WORKERS)
    String absence(@PathVariable String username, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        WorkerProfile p = open(username);
        FormErrors errors = new FormErrors();
        AbsenceKind kind = Arrays.stream(AbsenceKind.values()).filter(k -> k.name().equals(form.get("kind")))
                .findFirst().orElse(null);
        if (kind == null) {
            errors.reject("kind", "worker.error.kind");
        }
        LocalDate from = WorkerForm.date(form, "absenceFrom", true, errors);
        LocalDate to = WorkerForm.date(form, "absenceTo", false, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.reject("absenceTo", "worker.error.absenceOrder");
        }
        if (errors.any()) {
            return page(model, p, form, errors);
        }
        profiles.recordAbsence(username, kind, from, to);
        redirect.addFlashAttribute("flashSuccess", "worker.absence.done");
        return "redirect:/workers/" + username;
    }

    @PostMapping("/workers/{username}/training")
    @RequiresPermission(Permission.MANAGE_WORKERS)
    String training(@PathVariable String username, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        WorkerProfile p = open(username);
        FormErrors errors = new FormErrors();
        String course = errors.text(form, "course", 200, true, "worker.error", "worker.error.tooLong");
        TrainingStatus status = Arrays.stream(TrainingStatus.values()).filter(k -> k.name().equals(form.get("status")))
                .findFirst().orElse(null);
        if (status == null) {
            errors.reject("status", "worker.error.status");
        }
        LocalDate on = WorkerForm.date(form, "courseDate", true, errors);
        if (errors.any()) {
            return page(model, p, form, errors);
        }
        profiles.recordTraining(username, course, on, status);
        redirect.addFlashAttribute("flashSuccess", "worker.training.done");
        return "redirect:/workers/" + username;
    }

    @GetMapping("/workers/{username}/edit")
    @RequiresPermission(Permission.MANAGE_WORKERS)
    String edit(@PathVariable String username, Model model) {
        WorkerProfile p = open(username);
        return form(model, p, WorkerForm.of(p), new FormErrors());
    }

    @PostMapping("/workers/{username}/edit")
    @RequiresPermission(Permission.MANAGE_WORKERS)
    String change(@PathVariable String username, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        WorkerProfile p = open(username);
        FormErrors errors = new FormErrors();
        ProfileChange change = WorkerForm.read(form, errors);
        LocalDate leftOn = WorkerForm.date(form, "leftOn", false, errors);
        String leavingReason = errors.text(form, "leavingReason", 200, false, "worker.error", "worker.error.tooLong");
        if (leftOn != null && leavingReason == null) {
            errors.reject("leavingReason", "worker.error.leavingReason");
        }
        long version;
        try {
            version = Long.parseLong(form.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            version = -1;
        }
        if (!errors.any() && version != p.version()) {
            errors.reject("jobTitle", "worker.error.changedMeanwhile");
            form.put("version", String.valueOf(p.version()));
        }
        if (errors.any()) {
            return form(model, p, form, errors);
        }
        try {
            profiles.change(username, version, change);
            if (leftOn != null && !leftOn.equals(p.leftOn())) {
                profiles.leave(username, leftOn, leavingReason);
            }
        } catch (ObjectOptimisticLockingFailureException e) {
            errors.reject("jobTitle", "worker.error.changedMeanwhile");
            return form(model, p, form, errors);
        }
        redirect.addFlashAttribute("flashSuccess", "worker.edit.done");
        return "redirect:/workers/" + username;
    }

    private WorkerProfile open(String username) {
        WorkerProfile p = profiles.profile(username).orElseThrow(() -> new NotFoundException("Worker"));
        if (!profiles.mayManage(CurrentUser.require(), username)) {
            throw new AccessDeniedException("Not a manager of this worker");
        }
        return p;
    }

    private String page(Model model, WorkerProfile p, Map<String, String> form, FormErrors errors) {
        model.addAttribute("worker", p);
        model.addAttribute("team", workforce.team(p.teamId()).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("dates", WorkerForm.dates(form, "absenceFrom", "absenceTo", "courseDate"));
        model.addAttribute("kinds", AbsenceKind.values());
        model.addAttribute("statuses", TrainingStatus.values());
        return "workforce/worker";
    }

    private String form(Model model, WorkerProfile p, Map<String, String> form, FormErrors errors) {
        model.addAttribute("worker", p);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("dates", WorkerForm.dates(form, "startedOn", "newlyQualifiedUntil", "leftOn"));
        return "workforce/worker-edit";
    }
}
