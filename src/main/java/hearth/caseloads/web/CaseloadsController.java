package hearth.caseloads.web;

import hearth.caseloads.Band;
import hearth.caseloads.CaseloadSnapshots;
import hearth.caseloads.Caseloads;
import hearth.caseloads.TeamCaseload;
import hearth.caseloads.WorkerCaseload;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.HearthUser;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.shared.Ids;
import hearth.workforce.TeamView;
import hearth.workforce.Workforce;
import hearth.workforce.WorkerProfiles;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Caseloads for managers: their team's workers with weighted caseloads against thresholds, the busiest flagged, the
 * distribution and the trend month by month; a service manager also sees every team in their service.
 */
@Controller
class CaseloadsController {

    private final Caseloads caseloads;
    private final CaseloadSnapshots snapshots;
    private final Workforce workforce;
    private final WorkerProfiles profiles;
    private final Clock clock;

    CaseloadsController(Caseloads caseloads, CaseloadSnapshots snapshots, Workforce workforce, WorkerProfiles profiles,
            Clock clock) {
        this.caseloads = caseloads;
        this.snapshots = snapshots;
        this.workforce = workforce;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Bean
    static NavigationLink caseloadsLink() {
        return new NavigationLink(7, "nav.caseloads", "/caseloads", Permission.VIEW_TEAM_WORK);
    }

    @GetMapping("/caseloads")
    @RequiresPermission(Permission.VIEW_TEAM_WORK)
    String show(@RequestParam(required = false) String team, Model model) {
        HearthUser user = CurrentUser.require();
        List<TeamView> visible = visibleTeams(user);
        model.addAttribute("bands", Band.values());
        if (visible.isEmpty()) {
            model.addAttribute("team", null);
            return "caseloads/caseloads";
        }
        TeamView chosen = visible.get(0);
        if (team != null && !team.isBlank()) {
            UUID id = Ids.parseOrNull(team.strip());
            chosen = visible.stream().filter(t -> t.id().equals(id)).findFirst()
                    .orElseThrow(() -> new NotFoundException("Team"));
        }
        Set<UUID> ids = visible.stream().map(TeamView::id).collect(Collectors.toSet());
        List<TeamCaseload> all = caseloads.now().stream().filter(t -> ids.contains(t.teamId())).toList();
        UUID chosenId = chosen.id();
        TeamCaseload shown = all.stream().filter(t -> t.teamId().equals(chosenId)).findFirst().orElseThrow();
        List<String> manageable = new ArrayList<>();
        shown.workers().stream().map(WorkerCaseload::username).filter(u -> profiles.mayManage(user, u))
                .forEach(manageable::add);
        model.addAttribute("team", shown);
        model.addAttribute("teams", user.has(Permission.VIEW_SERVICE_WORK) ? all : List.of());
        model.addAttribute("manageable", manageable);
        model.addAttribute("trend", snapshots.ofTeam(chosenId, 12));
        model.addAttribute("mayTakeSnapshot", user.has(Permission.VIEW_SERVICE_WORK));
        return "caseloads/caseloads";
    }

    @PostMapping("/caseloads/snapshots")
    @RequiresPermission(Permission.VIEW_SERVICE_WORK)
    String snapshot(RedirectAttributes redirect) {
        snapshots.take(YearMonth.now(clock));
        redirect.addFlashAttribute("flashSuccess", "caseloads.snapshot.done");
        return "redirect:/caseloads";
    }

    /** The manager's own team first, then (for a service manager) the other teams in their service. */
    private List<TeamView> visibleTeams(HearthUser user) {
        String username = user.getUsername();
        Optional<TeamView> own = workforce.teamOf(username)
                .or(() -> workforce.teams().stream().filter(t -> username.equals(t.managerUsername())).findFirst());
        if (own.isEmpty()) {
            return List.of();
        }
        if (!user.has(Permission.VIEW_SERVICE_WORK)) {
            return List.of(own.get());
        }
        List<TeamView> teams = new ArrayList<>(workforce.teamsIn(own.get().serviceId()));
        teams.removeIf(t -> t.id().equals(own.get().id()));
        teams.add(0, own.get());
        return teams;
    }
}
