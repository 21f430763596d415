package hearth.caseloads.web;

import hearth.caseloads.Band;
import hearth.caseloads.Caseloads;
import hearth.caseloads.TeamCaseload;
import hearth.caseloads.WorkerCaseload;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.workforce.TeamView;
import hearth.workforce.WorkerProfiles;
import hearth.workforce.Workforce;
import hearth.workforce.WorkforceFigures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The workforce for leaders: vacancies against the establishment, agency rate, turnover, newly qualified share,
 * absence, training missed and the caseload distribution, by team and overall.
 */
@Controller
class WorkforceController {

    /** One team's (or the overall) row: its workforce figures and how many workers fall in each caseload band. */
    record Row(WorkforceFigures figures, Map<Band, Long> distribution, long overThreshold, boolean busiest) {
    }

    private final WorkerProfiles profiles;
    private final Workforce workforce;
    private final Caseloads caseloads;
    private final MessageSource messages;
    private final Clock clock;

    WorkforceController(WorkerProfiles profiles, Workforce workforce, Caseloads caseloads, MessageSource messages,
            Clock clock) {
        this.profiles = profiles;
        this.workforce = workforce;
        this.caseloads = caseloads;
        this.messages = messages;
        this.clock = clock;
    }

    @Bean
    static NavigationLink workforceLink() {
        return new NavigationLink(11, "nav.workforce", "/workforce", Permission.VIEW_PERFORMANCE);
    }

    @GetMapping("/workforce")
    @RequiresPermission(Permission.VIEW_PERFORMANCE)
    String show(Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        List<TeamView> teams = workforce.teams();
        List<WorkforceFigures> figures = profiles.figures(teams, today,
                messages.getMessage("caseloads.workforce.overall", null, locale));
        Map<java.util.UUID, TeamCaseload> loads = new LinkedHashMap<>();
        caseloads.now().forEach(t -> loads.put(t.teamId(), t));
        List<Row> rows = new ArrayList<>();
        List<WorkerCaseload> everyone = new ArrayList<>();
        for (int i = 0; i < teams.size(); i++) {
            TeamCaseload load = loads.get(teams.get(i).id());
            List<WorkerCaseload> ws = load == null ? List.of() : load.workers();
            everyone.addAll(ws);
            rows.add(new Row(figures.get(i), Band.count(ws), load == null ? 0 : load.overThreshold(),
                    load != null && load.busiest()));
        }
        Row overall = new Row(figures.get(figures.size() - 1), Band.count(everyone),
                everyone.stream().filter(WorkerCaseload::overThreshold).count(), false);
        rows.add(overall);
        model.addAttribute("rows", rows);
        model.addAttribute("overall", overall);
        model.addAttribute("bands", Band.values());
        return "caseloads/workforce";
    }
}
