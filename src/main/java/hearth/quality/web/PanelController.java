package hearth.quality.web;

import hearth.people.PeopleSearch;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.people.SearchHit;
import hearth.people.SearchQuery;
import hearth.platform.web.FormErrors;
import hearth.quality.NewPanelDecision;
import hearth.quality.NewPanelMeeting;
import hearth.quality.PanelDecisionView;
import hearth.quality.PanelKind;
import hearth.quality.PanelMeetingView;
import hearth.quality.Panels;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.timescales.Due;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Panel meetings (list, record one) and their decisions on each child discussed; a child's panel decisions. */
@Controller
class PanelController {

    private final Panels panels;
    private final PeopleSearch search;
    private final QualityPages pages;
    private final Clock clock;

    PanelController(Panels panels, PeopleSearch search, QualityPages pages, Clock clock) {
        this.panels = panels;
        this.search = search;
        this.pages = pages;
        this.clock = clock;
    }

    @Bean
    static NavigationLink panelsLink() {
        return new NavigationLink(42, "nav.panels", "/quality/panels", Permission.RECORD_PANEL_DECISIONS);
    }

    @GetMapping("/quality/panels")
    @RequiresPermission(Permission.RECORD_PANEL_DECISIONS)
    String meetings(Model model) {
        model.addAttribute("meetings", panels.all());
        model.addAttribute("day", QualityPages.DAY);
        return "quality/panels";
    }

    @GetMapping("/quality/panels/new")
    @RequiresPermission(Permission.RECORD_PANEL_DECISIONS)
    String newMeeting(Model model) {
        Map<String, String> form = new HashMap<>();
        ProgrammeController.putDate(form, "heldOn", LocalDate.now(clock.withZone(Due.LONDON)));
        return meetingForm(model, form, new FormErrors());
    }

    @PostMapping("/quality/panels/new")
    @RequiresPermission(Permission.RECORD_PANEL_DECISIONS)
    String hold(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        PanelKind kind = QualityPages.choice(PanelKind.class, form.get("kind"));
        if (kind == null) {
            errors.reject("kind", "quality.panel.error.kind");
        }
        String name = errors.text(form, "name", Panels.MAX_NAME, kind == PanelKind.OTHER, "quality.panel.error",
                "quality.error.tooLong");
        LocalDate heldOn = QualityPages.date(form, "heldOn", errors, "quality.panel.error.heldOn");
        String chair = errors.text(form, "chair", Panels.MAX_NAME, true, "quality.panel.error",
                "quality.error.tooLong");
        String members = errors.text(form, "members", Panels.MAX_TEXT, true, "quality.panel.error",
                "quality.error.tooLong");
        if (errors.any()) {
            return meetingForm(model, form, errors);
        }
        UUID id = panels.hold(new NewPanelMeeting(kind, name, heldOn, chair, members));
        redirect.addFlashAttribute("flashSuccess", "quality.panel.recorded");
        return "redirect:/quality/panels/" + id;
    }

    @GetMapping("/quality/panels/{id}")
    @RequiresPermission(Permission.RECORD_PANEL_DECISIONS)
    String meeting(@PathVariable UUID id, Model model) {
        return meetingPage(model, panels.find(id), Map.of(), new FormErrors());
    }

    @PostMapping("/quality/panels/{id}/decisions")
    @RequiresPermission(Permission.RECORD_PANEL_DECISIONS)
    String decide(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        PanelMeetingView meeting = panels.find(id);
        FormErrors errors = new FormErrors();
        String reference = errors.text(form, "child", 100, true, "quality.decision.error", "quality.error.tooLong");
        Optional<PersonSummary> child = reference == null ? Optional.empty() : child(reference);
        if (reference != null && child.isEmpty()) {
            errors.reject("child", "quality.decision.error.noChild");
        }
        String decision = errors.text(form, "decision", Panels.MAX_TEXT, true, "quality.decision.error",
                "quality.error.tooLong");
        String rationale = errors.text(form, "rationale", Panels.MAX_TEXT, true, "quality.decision.error",
                "quality.error.tooLong");
        String actions = errors.text(form, "actions", Panels.MAX_TEXT, false, "quality.decision.error",
                "quality.error.tooLong");
        if (errors.any()) {
            return meetingPage(model, meeting, form, errors);
        }
        pages.viewed(child.get().id(), "panel decision");
        panels.decide(id, new NewPanelDecision(child.get().id(), decision, rationale, actions));
        redirect.addFlashAttribute("flashSuccess", "quality.decision.recorded");
        return "redirect:/quality/panels/" + id;
    }

    @GetMapping("/children/{id}/panel-decisions")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String childDecisions(@PathVariable UUID id, Model model) {
        model.addAttribute("child", pages.viewed(id, "panel decisions"));
        model.addAttribute("decisions", panels.forChild(id));
        model.addAttribute("day", QualityPages.DAY);
        return "quality/child-decisions";
    }

    /** The child named by their LA child ID (or Hearth id). */
    private Optional<PersonSummary> child(String reference) {
        try {
            UUID id = UUID.fromString(reference);
            return pages.names(List.of(id)).values().stream().filter(p -> p.kind() == PersonKind.CHILD).findFirst();
        } catch (IllegalArgumentException notAnId) {
            return search.search(SearchQuery.parse(reference)).stream()
                    .map(SearchHit::person).filter(p -> p.kind() == PersonKind.CHILD)
                    .filter(p -> reference.equalsIgnoreCase(p.laChildId())).findFirst();
        }
    }

    private String meetingForm(Model model, Map<String, String> form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", PanelKind.values());
        model.addAttribute("heldOn", QualityPages.parts(form, "heldOn"));
        return "quality/panel-new";
    }

    private String meetingPage(Model model, PanelMeetingView meeting, Map<String, String> form, FormErrors errors) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("names", pages.names(meeting.decisions().stream().map(PanelDecisionView::childId)
                .toList()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("day", QualityPages.DAY);
        return "quality/panel";
    }
}
