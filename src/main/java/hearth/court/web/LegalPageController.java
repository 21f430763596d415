package hearth.court.web;

import hearth.audit.AuditTrail;
import hearth.court.Court;
import hearth.court.PreProceedingsView;
import hearth.court.ProceedingsView;
import hearth.people.People;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.HearthUser;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
import org.springframework.web.bind.annotation.PathVariable;

/** A child's legal page (PLO and proceedings), and the managers' list of children in either. */
@Controller
class LegalPageController {

    private final Court court;
    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;

    LegalPageController(Court court, People people, RecordAccess access, AuditTrail audit) {
        this.court = court;
        this.people = people;
        this.access = access;
        this.audit = audit;
    }

    @Bean
    static NavigationLink courtLink() {
        return new NavigationLink(8, "nav.court", "/court", Permission.VIEW_TEAM_WORK);
    }

    @GetMapping("/children/{id}/legal")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String legal(@PathVariable UUID id, Model model) {
        PersonSummary child = people.find(id).filter(p -> p.kind() == PersonKind.CHILD)
                .orElseThrow(() -> new NotFoundException("Child"));
        access.require(id);
        audit.viewed(id, "legal");
        List<PreProceedingsView> plo = court.preProceedingsFor(id);
        List<ProceedingsView> proceedings = court.proceedingsFor(id);
        LocalDate today = court.today();
        HearthUser user = CurrentUser.require();
        model.addAttribute("child", child);
        model.addAttribute("today", today);
        model.addAttribute("gateways", court.gatewaysFor(id));
        model.addAttribute("preProceedings", plo);
        model.addAttribute("proceedings", proceedings);
        model.addAttribute("inForce", court.legalStatusOn(id, today));
        model.addAttribute("canRecord", user.has(Permission.RECORD_CASE_WORK));
        model.addAttribute("canAuthorise", user.has(Permission.AUTHORISE_ASSESSMENT));
        model.addAttribute("inProceedings", proceedings.stream().anyMatch(ProceedingsView::open));
        return "court/legal";
    }

    /** A child in pre-proceedings or proceedings, with how long and what is due next. */
    record Row(UUID childId, String childName, String stageKey, LocalDate started, long weeks, LocalDate due,
            boolean overdue) {
    }

    @GetMapping("/court")
    @RequiresPermission(Permission.VIEW_TEAM_WORK)
    String list(Model model) {
        LocalDate today = court.today();
        List<Row> rows = new ArrayList<>();
        for (PreProceedingsView pp : court.allOpenPreProceedings()) {
            rows.add(new Row(pp.childId(), null, "court.stage.preProceedings", pp.startedOn(), pp.weeksIn(today),
                    pp.reviewDue(), pp.reviewDue() != null && pp.reviewDue().isBefore(today)));
        }
        for (ProceedingsView p : court.allOpenProceedings()) {
            rows.add(new Row(p.childId(), null, "court.stage.proceedings", p.issuedOn(), p.weeksIn(today),
                    p.deadline(), p.deadline().isBefore(today)));
        }
        HearthUser user = CurrentUser.require();
        Set<UUID> reachable = new HashSet<>();
        for (UUID childId : rows.stream().map(Row::childId).collect(Collectors.toSet())) {
            if (access.decide(user, childId).allowed()) {
                reachable.add(childId);
            }
        }
        Map<UUID, PersonSummary> children = people.find(reachable).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        List<Row> shown = rows.stream().filter(r -> children.containsKey(r.childId()))
                .map(r -> new Row(r.childId(), children.get(r.childId()).fullName(), r.stageKey(), r.started(),
                        r.weeks(), r.due(), r.overdue()))
                .sorted(Comparator.comparing(Row::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        model.addAttribute("pre", shown.stream().filter(r -> r.stageKey().equals("court.stage.preProceedings")).toList());
        model.addAttribute("proceedings", shown.stream().filter(r -> r.stageKey().equals("court.stage.proceedings")).toList());
        model.addAttribute("today", today);
        return "court/list";
    }
}
