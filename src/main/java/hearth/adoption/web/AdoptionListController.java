package hearth.adoption.web;

import hearth.adoption.AdoptionJourneyView;
import hearth.adoption.AdoptionTimeliness;
import hearth.adoption.Adoptions;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.security.CurrentUser;
import hearth.security.HearthUser;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
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
 * Children with an adoption plan and their timeliness: days from entering care to moving in (A10, threshold 426)
 * and from placement order to match (A2, threshold 121). Per-child warnings, not breaches: the national measures
 * are 3-year averages.
 */
@Controller
class AdoptionListController {

    private final Adoptions adoptions;
    private final People people;
    private final RecordAccess access;

    AdoptionListController(Adoptions adoptions, People people, RecordAccess access) {
        this.adoptions = adoptions;
        this.people = people;
        this.access = access;
    }

    @Bean
    static NavigationLink adoptionLink() {
        return new NavigationLink(9, "nav.adoption", "/adoption", Permission.VIEW_TEAM_WORK);
    }

    /** One journey on the list with the child's name and timeliness. */
    record Row(AdoptionJourneyView journey, String childName, AdoptionTimeliness timeliness) {
    }

    @GetMapping("/adoption")
    @RequiresPermission(Permission.VIEW_TEAM_WORK)
    String list(Model model) {
        List<AdoptionJourneyView> all = adoptions.all();
        HearthUser user = CurrentUser.require();
        Set<UUID> reachable = all.stream().map(AdoptionJourneyView::childId)
                .filter(id -> access.decide(user, id).allowed()).collect(Collectors.toSet());
        Map<UUID, PersonSummary> children = people.find(reachable).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        List<Row> rows = all.stream().filter(j -> children.containsKey(j.childId()))
                .map(j -> new Row(j, children.get(j.childId()).fullName(), adoptions.timeliness(j))).toList();
        model.addAttribute("active", rows.stream().filter(r -> r.journey().active()).toList());
        model.addAttribute("ended", rows.stream().filter(r -> !r.journey().active()).toList());
        model.addAttribute("a10", AdoptionTimeliness.A10_THRESHOLD);
        model.addAttribute("a2", AdoptionTimeliness.A2_THRESHOLD);
        return "adoption/list";
    }
}
