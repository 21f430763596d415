package hearth.assessment.web;

import hearth.assessment.AssessmentStatus;
import hearth.assessment.AssessmentTimeliness;
import hearth.assessment.AssessmentView;
import hearth.assessment.Assessments;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.platform.web.FormErrors;
import hearth.security.CurrentUser;
import hearth.security.HearthUser;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The assessment page and the managers' list of assessments awaiting authorisation and in progress. */
@Controller
class AssessmentController {

    private final Assessments assessments;
    private final AssessmentPages pages;
    private final Obligations obligations;
    private final People people;
    private final RecordAccess access;

    AssessmentController(Assessments assessments, AssessmentPages pages, Obligations obligations, People people,
            RecordAccess access) {
        this.assessments = assessments;
        this.pages = pages;
        this.obligations = obligations;
        this.people = people;
        this.access = access;
    }

    @Bean
    static NavigationLink assessmentsLink() {
        return new NavigationLink(4, "nav.assessments", "/assessments", Permission.AUTHORISE_ASSESSMENT);
    }

    @GetMapping("/assessments/{id}")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String show(@PathVariable UUID id, Model model) {
        AssessmentView a = pages.open(id);
        pages.show(model, a, Map.of(), new FormErrors());
        model.addAttribute("visits", assessments.visits(id));
        model.addAttribute("firstVisitDue", a.firstVisitObligationId() == null ? null
                : obligations.find(a.firstVisitObligationId()).map(ObligationView::dueDate).orElse(null));
        boolean records = AssessmentPages.can(Permission.RECORD_CASE_WORK);
        model.addAttribute("canStart", records && a.status() == AssessmentStatus.NOT_STARTED);
        model.addAttribute("canRecord", records && a.status() == AssessmentStatus.IN_PROGRESS);
        boolean author = CurrentUser.username().equals(a.submittedBy());
        model.addAttribute("isAuthor", author);
        model.addAttribute("canAuthorise", AssessmentPages.can(Permission.AUTHORISE_ASSESSMENT)
                && a.status() == AssessmentStatus.AWAITING_AUTHORISATION && !author);
        return "assessment/show";
    }

    @GetMapping("/assessments")
    @RequiresPermission(Permission.AUTHORISE_ASSESSMENT)
    String list(Model model) {
        List<AssessmentView> awaiting = assessments.awaitingAuthorisation();
        List<AssessmentView> open = assessments.inProgress();
        Map<UUID, String> names = names(awaiting, open);
        model.addAttribute("awaiting", rows(awaiting, names));
        model.addAttribute("open", rows(open, names));
        return "assessment/list";
    }

    /** One line of the managers' list; the child's name is null when the user may not open the record. */
    record Row(AssessmentView assessment, String childName, AssessmentTimeliness timeliness) {
    }

    private List<Row> rows(List<AssessmentView> list, Map<UUID, String> names) {
        List<Row> rows = new ArrayList<>();
        for (AssessmentView a : list) {
            rows.add(new Row(a, names.get(a.childId()), assessments.timeliness(a)));
        }
        return rows;
    }

    private Map<UUID, String> names(Collection<AssessmentView> first, Collection<AssessmentView> second) {
        List<UUID> ids = new ArrayList<>();
        first.forEach(a -> ids.add(a.childId()));
        second.forEach(a -> ids.add(a.childId()));
        HearthUser user = CurrentUser.require();
        Map<UUID, PersonSummary> children = people.find(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        Map<UUID, String> names = new HashMap<>();
        for (UUID id : children.keySet()) {
            if (access.decide(user, id).allowed()) {
                names.put(id, children.get(id).fullName());
            }
        }
        return names;
    }
}
