package hearth.casesummary.web;

import hearth.casesummary.CaseSummaries;
import hearth.casesummary.CaseSummaryView;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.security.CurrentUser;
import hearth.security.HearthUser;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import hearth.workforce.AllocationView;
import hearth.workforce.TeamView;
import hearth.workforce.Workforce;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A manager's list of the case summaries in their team (or service) that need review, and why. */
@Controller
class NeedingReviewController {

    private final CaseSummaries summaries;
    private final Workforce workforce;
    private final People people;
    private final RecordAccess access;

    NeedingReviewController(CaseSummaries summaries, Workforce workforce, People people, RecordAccess access) {
        this.summaries = summaries;
        this.workforce = workforce;
        this.people = people;
        this.access = access;
    }

    @Bean
    static NavigationLink caseSummariesLink() {
        return new NavigationLink(9, "nav.caseSummaries", "/case-summaries", Permission.VIEW_TEAM_WORK);
    }

    /** One row of the list: the child, who holds them, and their summary. */
    record Row(PersonSummary child, AllocationView allocation, CaseSummaryView summary) {
    }

    @GetMapping("/case-summaries")
    @RequiresPermission(Permission.VIEW_TEAM_WORK)
    String needingReview(Model model) {
        List<AllocationView> allocations = teams(CurrentUser.get().orElseThrow()).stream()
                .flatMap(t -> workforce.currentAllocationsOfTeam(t.id()).stream()).toList();
        Map<UUID, AllocationView> byChild = allocations.stream()
                .collect(Collectors.toMap(AllocationView::childId, Function.identity(), (a, b) -> a));
        byChild.keySet().removeAll(access.restrictedAmong(List.copyOf(byChild.keySet())));
        Map<UUID, PersonSummary> children = people.find(byChild.keySet()).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        List<Row> rows = summaries.needingReview(List.copyOf(byChild.keySet())).stream()
                .filter(s -> children.containsKey(s.childId()))
                .map(s -> new Row(children.get(s.childId()), byChild.get(s.childId()), s))
                .sorted(java.util.Comparator.comparing((Row r) -> r.allocation().teamName())
                        .thenComparing(r -> r.child().lastName()))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("allocated", byChild.size());
        model.addAttribute("when", SummaryDates.INSTANCE);
        return "casesummary/needing-review";
    }

    /** The manager's own team, or for a service manager every team in their service. */
    private List<TeamView> teams(HearthUser user) {
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
