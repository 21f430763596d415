package hearth.supervision.web;

import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.supervision.ManagementOversight;
import hearth.supervision.NewPersonalSupervision;
import hearth.supervision.OverdueSupervisionAlerts;
import hearth.supervision.PersonalSupervisionView;
import hearth.supervision.PersonalSupervisions;
import hearth.supervision.SupervisionStanding;
import hearth.workforce.WorkerView;
import hearth.workforce.Workforce;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Managers' supervision pages: the workers they supervise with when each is due, overdue supervision across the
 * services they head, children with no recent management oversight, and each worker's personal supervision.
 */
@Controller
class StaffSupervisionController {

    private final PersonalSupervisions personal;
    private final OverdueSupervisionAlerts alerts;
    private final ManagementOversight oversight;
    private final Workforce workforce;
    private final SupervisionPages pages;

    StaffSupervisionController(PersonalSupervisions personal, OverdueSupervisionAlerts alerts,
            ManagementOversight oversight, Workforce workforce, SupervisionPages pages) {
        this.personal = personal;
        this.alerts = alerts;
        this.oversight = oversight;
        this.workforce = workforce;
        this.pages = pages;
    }

    @Bean
    static NavigationLink supervisionLink() {
        return new NavigationLink(9, "nav.supervision", "/supervision", Permission.SUPERVISE_STAFF);
    }

    @Bean
    static NavigationLink mySupervisionLink() {
        return new NavigationLink(81, "nav.mySupervision", "/my-supervision", Permission.RECORD_CASE_WORK);
    }

    @GetMapping("/supervision")
    @RequiresPermission(Permission.SUPERVISE_STAFF)
    String overview(Model model) {
        try {
            alerts.flagOverdue();
        } catch (org.springframework.dao.DataIntegrityViolationException alreadyFlaggedMeanwhile) {
            // another manager's page flagged the same overdue supervision at the same moment: nothing to add
        }
        String me = CurrentUser.username();
        List<SupervisionStanding> overdue = personal.overdueInServicesHeadedBy(me);
        Map<String, List<SupervisionStanding>> byTeam = overdue.stream().collect(Collectors.groupingBy(
                SupervisionStanding::teamName, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("mine", personal.supervisedBy(me));
        model.addAttribute("overdueByTeam", byTeam);
        model.addAttribute("headsService", !overdue.isEmpty() || isHead(me));
        model.addAttribute("names", supervisorNames(overdue));
        return "supervision/overview";
    }

    @GetMapping("/supervision/oversight")
    @RequiresPermission(Permission.SUPERVISE_STAFF)
    String oversightGaps(Model model) {
        model.addAttribute("gaps", oversight.gapsFor(CurrentUser.username()));
        return "supervision/oversight-gaps";
    }

    @GetMapping("/supervision/workers/{username}")
    @RequiresPermission(Permission.SUPERVISE_STAFF)
    String worker(@PathVariable String username, Model model) {
        WorkerView worker = overseen(username);
        model.addAttribute("worker", worker);
        model.addAttribute("standing", personal.standingOf(username).orElse(null));
        List<PersonalSupervisionView> records = personal.of(username);
        model.addAttribute("records", records);
        model.addAttribute("names", names(records));
        model.addAttribute("own", false);
        return "supervision/worker";
    }

    @GetMapping("/my-supervision")
    @RequiresPermission(Permission.USE_HEARTH)
    String mine(Model model) {
        String me = CurrentUser.username();
        model.addAttribute("worker", workforce.worker(me).orElse(null));
        model.addAttribute("standing", personal.standingOf(me).orElse(null));
        List<PersonalSupervisionView> records = personal.of(me);
        model.addAttribute("records", records);
        model.addAttribute("names", names(records));
        model.addAttribute("own", true);
        return "supervision/worker";
    }

    @GetMapping("/supervision/workers/{username}/new")
    @RequiresPermission(Permission.SUPERVISE_STAFF)
    String form(@PathVariable String username, Model model) {
        WorkerView worker = overseen(username);
        Map<String, String> form = new HashMap<>();
        SupervisionPages.put(form, "heldOn", pages.today());
        return page(model, worker, form, new FormErrors());
    }

    @PostMapping("/supervision/workers/{username}/new")
    @RequiresPermission(Permission.SUPERVISE_STAFF)
    String record(@PathVariable String username, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        WorkerView worker = overseen(username);
        FormErrors errors = new FormErrors();
        LocalDate heldOn = pages.date(form, "heldOn", false, errors);
        String wellbeing = SupervisionPages.text(form, "wellbeing", SupervisionPages.MAX_TEXT, true, errors);
        String workload = SupervisionPages.text(form, "workload", SupervisionPages.MAX_TEXT, true, errors);
        String learning = SupervisionPages.text(form, "learning", SupervisionPages.MAX_TEXT, true, errors);
        String reflection = SupervisionPages.text(form, "reflection", SupervisionPages.MAX_TEXT, true, errors);
        String actions = SupervisionPages.text(form, "agreedActions", SupervisionPages.MAX_TEXT, false, errors);
        if (errors.any()) {
            return page(model, worker, form, errors);
        }
        personal.record(username, new NewPersonalSupervision(heldOn, wellbeing, workload, learning, reflection,
                actions));
        redirect.addFlashAttribute("flashSuccess", "supervision.personal.done");
        return "redirect:/supervision/workers/" + username;
    }

    /** The worker, when the signed-in manager supervises them or heads their service; 404 for an unknown worker. */
    private WorkerView overseen(String username) {
        WorkerView worker = workforce.worker(username).orElseThrow(() -> new NotFoundException("Worker"));
        if (!personal.oversees(CurrentUser.username(), username)) {
            throw new AccessDeniedException("Only the worker's supervisor or head of service sees their supervision");
        }
        return worker;
    }

    private boolean isHead(String username) {
        return workforce.teams().stream().map(t -> t.serviceId()).distinct()
                .anyMatch(s -> workforce.headOfService(s).filter(username::equals).isPresent());
    }

    private Map<String, String> names(List<PersonalSupervisionView> records) {
        Map<String, String> names = new HashMap<>();
        records.forEach(r -> names.computeIfAbsent(r.supervisor(),
                u -> workforce.worker(u).map(WorkerView::displayName).orElse(u)));
        return names;
    }

    private Map<String, String> supervisorNames(List<SupervisionStanding> standings) {
        Map<String, String> names = new HashMap<>();
        standings.stream().map(SupervisionStanding::supervisor).filter(java.util.Objects::nonNull).distinct()
                .forEach(u -> names.put(u, workforce.worker(u).map(WorkerView::displayName).orElse(u)));
        return names;
    }

    private String page(Model model, WorkerView worker, Map<String, String> form, FormErrors errors) {
        model.addAttribute("worker", worker);
        model.addAttribute("form", form);
        model.addAttribute("dates", SupervisionPages.dates(form, "heldOn"));
        model.addAttribute("errors", errors);
        return "supervision/personal-form";
    }
}
