package hearth.fostering.web;

import hearth.fostering.ConnectedPersons;
import hearth.fostering.KinshipApprovalView;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.security.CurrentUser;
import hearth.security.HearthUser;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The kinship list: every connected person's temporary approval still running, soonest to run out first, with the
 * days taken and days left (inspectors found kinship assessments too slow).
 */
@Controller
class KinshipListController {

    private final ConnectedPersons connected;
    private final People people;
    private final RecordAccess access;

    KinshipListController(ConnectedPersons connected, People people, RecordAccess access) {
        this.connected = connected;
        this.people = people;
        this.access = access;
    }

    @Bean
    static NavigationLink kinshipLink() {
        return new NavigationLink(9, "nav.kinship", "/kinship", Permission.VIEW_TEAM_WORK);
    }

    /** A running approval with the child's name, days taken and left, and where it stands. */
    record Row(KinshipApprovalView approval, String childName, long daysTaken, long daysLeft, String standing) {
    }

    @GetMapping("/kinship")
    @RequiresPermission(Permission.VIEW_TEAM_WORK)
    String list(Model model) {
        LocalDate today = connected.today();
        List<KinshipApprovalView> running = connected.running();
        HearthUser user = CurrentUser.require();
        Set<UUID> reachable = running.stream().map(KinshipApprovalView::childId)
                .filter(id -> access.decide(user, id).allowed()).collect(Collectors.toSet());
        Map<UUID, PersonSummary> children = people.find(reachable).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        List<Row> rows = running.stream().filter(a -> children.containsKey(a.childId()))
                .map(a -> new Row(a, children.get(a.childId()).fullName(), a.daysTaken(today), a.daysLeft(today),
                        a.standing(today)))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("today", today);
        model.addAttribute("warnDays", KinshipApprovalView.WARN_DAYS);
        return "fostering/kinship-list";
    }
}
