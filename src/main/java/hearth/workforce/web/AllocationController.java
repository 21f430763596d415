package hearth.workforce.web;

import hearth.audit.AuditTrail;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import hearth.shared.Ids;
import hearth.workforce.AllocationAdvice;
import hearth.workforce.AllocationAdvice.AllocationWarning;
import hearth.workforce.AllocationAdvice.ProposedAllocation;
import hearth.workforce.TeamView;
import hearth.workforce.Workforce;
import hearth.workforce.WorkerView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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

@Controller
class AllocationController {

    private final Workforce workforce;
    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final List<AllocationAdvice> advice;

    AllocationController(Workforce workforce, People people, RecordAccess access, AuditTrail audit, Clock clock,
            List<AllocationAdvice> advice) {
        this.advice = advice;
        this.workforce = workforce;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/allocation")
    @RequiresPermission(Permission.ALLOCATE_CASES)
    String show(@PathVariable UUID id, Model model) {
        PersonSummary child = open(id);
        String team = workforce.currentAllocation(id).map(a -> a.teamId().toString()).orElse("");
        String worker = workforce.currentAllocation(id).map(a -> a.workerUsername() == null ? "" : a.workerUsername()).orElse("");
        return page(model, child, team, worker, "", new FormErrors(), List.of());
    }

    @PostMapping("/children/{id}/allocation")
    @RequiresPermission(Permission.ALLOCATE_CASES)
    String allocate(@PathVariable UUID id, @RequestParam(defaultValue = "") String team,
            @RequestParam(defaultValue = "") String worker, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String warned, @RequestParam(defaultValue = "") String confirm,
            Model model, RedirectAttributes redirect) {
        PersonSummary child = open(id);
        FormErrors errors = new FormErrors();
        UUID teamId = Ids.parseOrNull(team);
        if (teamId == null || workforce.team(teamId).isEmpty()) {
            errors.reject("team", "allocation.error.team");
        } else if (!worker.isBlank() && workforce.workersIn(teamId).stream().noneMatch(w -> w.username().equals(worker))) {
            errors.reject("worker", "allocation.error.worker");
        }
        if (reason.isBlank() || reason.length() > 500) {
            errors.reject("reason", "allocation.error.reason");
        }
        if (errors.any()) {
            return page(model, child, team, worker, reason, errors, List.of());
        }
        List<AllocationWarning> warnings = worker.isBlank() ? List.of() : advice.stream()
                .flatMap(a -> a.adviseOn(new ProposedAllocation(id, teamId, worker)).stream()).toList();
        if (!warnings.isEmpty() && !"yes".equals(confirm)) {
            if (warned.equals(worker)) {
                errors.reject("confirm", "allocation.error.confirm");
            }
            return page(model, child, team, worker, reason, errors, warnings);
        }
        workforce.allocate(id, teamId, worker.isBlank() ? null : worker, LocalDate.now(clock), reason.strip());
        redirect.addFlashAttribute("flashSuccess", "allocation.done");
        return "redirect:/people/" + id;
    }

    private PersonSummary open(UUID id) {
        PersonSummary child = people.find(id).orElseThrow(() -> new NotFoundException("Child"));
        access.require(id);
        audit.viewed(id, "allocation");
        return child;
    }

    private String page(Model model, PersonSummary child, String team, String worker, String reason, FormErrors errors,
            List<AllocationWarning> warnings) {
        model.addAttribute("warnings", warnings);
        List<TeamView> teams = workforce.teams();
        Map<TeamView, List<WorkerView>> workers = new LinkedHashMap<>();
        teams.forEach(t -> workers.put(t, workforce.workersIn(t.id())));
        model.addAttribute("child", child);
        model.addAttribute("teams", teams);
        model.addAttribute("workersByTeam", workers);
        model.addAttribute("team", team);
        model.addAttribute("worker", worker);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("history", workforce.allocationHistory(child.id()));
        return "workforce/allocation";
    }
}
