package hearth.dataquality.web;

import hearth.audit.AuditTrail;
import hearth.dataquality.DataQuality;
import hearth.dataquality.FixLinks;
import hearth.dataquality.QualityFinding;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.returns.ReturnRuns;
import hearth.security.CurrentUser;
import hearth.security.HearthUser;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import hearth.workforce.TeamView;
import hearth.workforce.Workforce;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The data quality page: every DfE rule the live data breaks now, by rule and by team, each finding linked to the
 * child and to the page where it is put right, and the stored counts as a trend. Performance officers and managers
 * with VIEW_PERFORMANCE see the whole authority; team managers (VIEW_TEAM_WORK) their own teams' children. A child's
 * name and links show only when the user may open the record.
 */
@Controller
class DataQualityController {

    private final DataQuality quality;
    private final FixLinks links;
    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Workforce workforce;

    DataQualityController(DataQuality quality, FixLinks links, People people, RecordAccess access, AuditTrail audit,
            Workforce workforce) {
        this.quality = quality;
        this.links = links;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.workforce = workforce;
    }

    @Bean
    static NavigationLink dataQualityLink() {
        return new NavigationLink(13, "nav.dataquality", "/data-quality", Permission.VIEW_PERFORMANCE,
                Permission.VIEW_TEAM_WORK);
    }

    /** One finding as the page shows it: the name and links only when the record may be opened. */
    record Row(QualityFinding finding, String name, String childLink, String fixLink) {
    }

    /** A rule's findings. */
    record RuleGroup(String rule, boolean error, String message, List<Row> rows, List<DataQuality.Point> trend,
            String chart) {
    }

    /** A team's findings, rule by rule. */
    record TeamGroup(String team, int findings, Map<String, Long> rules) {
    }

    @GetMapping("/data-quality")
    @RequiresPermission(Permission.USE_HEARTH)
    String page(Model model) {
        HearthUser user = CurrentUser.require();
        Set<UUID> teams = scope(user);
        DataQuality.Checked checked = quality.latest(teams, user.getUsername());
        List<QualityFinding> found = checked.findings();
        Map<String, List<DataQuality.Point>> trend = quality.trend(teams);
        Set<UUID> children = found.stream().map(QualityFinding::childId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, PersonSummary> summaries = people.find(children).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        Set<UUID> open = new HashSet<>();
        for (UUID child : children) {
            if (access.decide(user, child).allowed()) {
                open.add(child);
            }
        }
        audit.searched("data quality", open);
        Map<String, List<Row>> byRule = new TreeMap<>();
        for (QualityFinding f : found) {
            boolean may = f.childId() != null && open.contains(f.childId());
            PersonSummary who = may ? summaries.get(f.childId()) : null;
            byRule.computeIfAbsent(f.rule(), r -> new java.util.ArrayList<>()).add(new Row(f,
                    who == null ? null : who.fullName(), may ? "/people/" + f.childId() : null,
                    may ? links.link(f.childId(), f.area()) : null));
        }
        List<RuleGroup> rules = byRule.values().stream().map(rows -> {
            QualityFinding first = rows.get(0).finding();
            List<DataQuality.Point> points = trend.getOrDefault(first.rule(), List.of());
            return new RuleGroup(first.rule(), first.error(), first.message(), rows, points, TrendChart.points(points));
        }).sorted(Comparator.comparing((RuleGroup g) -> !g.error()).thenComparing(g -> -g.rows().size()))
                .toList();
        Map<String, List<QualityFinding>> perTeam = found.stream().filter(f -> f.childId() != null)
                .collect(Collectors.groupingBy(f -> f.teamName() == null ? "" : f.teamName(), TreeMap::new,
                        Collectors.toList()));
        List<TeamGroup> byTeam = perTeam.entrySet().stream().map(e -> new TeamGroup(e.getKey(), e.getValue().size(),
                e.getValue().stream().collect(Collectors.groupingBy(QualityFinding::rule, TreeMap::new,
                        Collectors.counting())))).toList();
        model.addAttribute("rules", rules);
        model.addAttribute("teams", byTeam);
        model.addAttribute("errors", found.stream().filter(QualityFinding::error).count());
        model.addAttribute("queries", found.stream().filter(f -> !f.error()).count());
        model.addAttribute("wholeAuthority", teams == null);
        model.addAttribute("checkedAt", checked.at().atZone(hearth.platform.HearthClock.LONDON));
        model.addAttribute("resolved", trend.keySet().stream().filter(r -> !byRule.containsKey(r)).toList());
        return "dataquality/page";
    }

    @PostMapping("/data-quality/check")
    @RequiresPermission(Permission.USE_HEARTH)
    String checkNow(RedirectAttributes redirect) {
        HearthUser user = CurrentUser.require();
        scope(user);
        quality.checkAndStore(ReturnRuns.Via.DATA_QUALITY, user.getUsername());
        redirect.addFlashAttribute("flashSuccess", "dataquality.checked");
        return "redirect:/data-quality";
    }

    /** Every team (null) for VIEW_PERFORMANCE, the teams a team manager manages or works in, or refused. */
    private Set<UUID> scope(HearthUser user) {
        if (user.has(Permission.VIEW_PERFORMANCE)) {
            return null;
        }
        if (!user.has(Permission.VIEW_TEAM_WORK)) {
            throw new AccessDeniedException("The data quality page is for performance officers and managers");
        }
        Set<UUID> teams = workforce.teams().stream().filter(t -> user.getUsername().equals(t.managerUsername()))
                .map(TeamView::id).collect(Collectors.toCollection(HashSet::new));
        workforce.teamOf(user.getUsername()).ifPresent(t -> teams.add(t.id()));
        return teams;
    }
}
