package hearth.missing.web;

import hearth.missing.MissingEpisodeView;
import hearth.missing.MissingEpisodes;
import hearth.missing.ReturnInterviewStatus;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.security.CurrentUser;
import hearth.security.HearthUser;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The missing coordinator's daily list: children missing now and for how long, return interviews due (hours left,
 * or overdue) and returns with no interview offered yet. Children are named only when the user may open them.
 */
@Controller
class MissingCoordinatorController {

    private final MissingEpisodes missing;
    private final Obligations obligations;
    private final People people;
    private final RecordAccess access;
    private final MissingPages pages;

    MissingCoordinatorController(MissingEpisodes missing, Obligations obligations, People people, RecordAccess access,
            MissingPages pages) {
        this.missing = missing;
        this.obligations = obligations;
        this.people = people;
        this.access = access;
        this.pages = pages;
    }

    @Bean
    static NavigationLink missingCoordinatorLink() {
        return new NavigationLink(9, "nav.missing", "/missing", Permission.COORDINATE_MISSING);
    }

    /** One child on the list: named and linked only when the user may open the record. */
    record Row(MissingEpisodeView episode, String childName, boolean opens, Duration soFar, Instant dueBy,
            Duration left) {

        public boolean overdue() {
            return left != null && left.isNegative();
        }

        public Duration overdueBy() {
            return left == null ? Duration.ZERO : left.negated();
        }

        public boolean notOffered() {
            return episode.interviewStatus() == ReturnInterviewStatus.NOT_OFFERED;
        }
    }

    @GetMapping("/missing")
    @RequiresPermission(Permission.COORDINATE_MISSING)
    String list(Model model) {
        Instant now = pages.now();
        List<MissingEpisodeView> away = missing.missingNow();
        List<MissingEpisodeView> due = missing.interviewsOutstanding();
        Set<UUID> childIds = Stream.concat(away.stream(), due.stream()).map(MissingEpisodeView::childId)
                .collect(Collectors.toSet());
        Map<UUID, PersonSummary> children = people.find(childIds).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        HearthUser user = CurrentUser.require();
        Function<MissingEpisodeView, Row> row = e -> {
            PersonSummary child = children.get(e.childId());
            boolean opens = child != null && access.decide(user, e.childId()).allowed();
            Instant dueBy = e.interviewObligationId() == null ? null : obligations.find(e.interviewObligationId())
                    .map(ObligationView::due).map(d -> d.overdueFrom()).orElse(null);
            return new Row(e, opens ? child.fullName() : null, opens, e.duration(now), dueBy,
                    dueBy == null ? null : Duration.between(now, dueBy));
        };
        List<Row> dueRows = due.stream().map(row).toList();
        model.addAttribute("missingNow", away.stream().map(row).toList());
        model.addAttribute("interviewsDue", dueRows);
        model.addAttribute("notOffered", dueRows.stream().filter(Row::notOffered).toList());
        model.addAttribute("when", MissingTimes.INSTANCE);
        return "missing/coordinator";
    }
}
