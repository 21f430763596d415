package hearth.supervision.web;

import hearth.people.PersonSummary;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.supervision.SupervisionAction;
import hearth.supervision.CaseSupervisionView;
import hearth.supervision.CaseSupervisions;
import hearth.supervision.ManagementOversight;
import hearth.supervision.NewCaseSupervision;
import hearth.supervision.NewOversight;
import hearth.supervision.OversightView;
import hearth.supervision.SupervisionActionView;
import hearth.workforce.AllocationView;
import hearth.workforce.WorkerView;
import hearth.workforce.Workforce;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** From the child's record: its case supervision and management oversight, recording both, and actions done. */
@Controller
class ChildSupervisionController {

    static final int ACTION_ROWS = 3;
    private final CaseSupervisions supervisions;
    private final ManagementOversight oversight;
    private final Workforce workforce;
    private final SupervisionPages pages;

    ChildSupervisionController(CaseSupervisions supervisions, ManagementOversight oversight, Workforce workforce,
            SupervisionPages pages) {
        this.supervisions = supervisions;
        this.oversight = oversight;
        this.workforce = workforce;
        this.pages = pages;
    }

    @GetMapping("/children/{id}/supervision")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String show(@PathVariable UUID id, Model model) {
        PersonSummary child = pages.child(id);
        pages.viewed(id, "case supervision and management oversight");
        model.addAttribute("child", child);
        List<CaseSupervisionView> held = supervisions.of(id);
        List<OversightView> entries = oversight.of(id);
        model.addAttribute("supervisions", held);
        model.addAttribute("oversight", entries);
        model.addAttribute("me", CurrentUser.username());
        model.addAttribute("names", names(held, entries));
        model.addAttribute("canSupervise", CurrentUser.require().has(Permission.SUPERVISE_STAFF));
        return "supervision/child";
    }

    @GetMapping("/children/{id}/supervision/new")
    @RequiresPermission(Permission.SUPERVISE_STAFF)
    String supervisionForm(@PathVariable UUID id, Model model) {
        PersonSummary child = pages.child(id);
        Map<String, String> form = new HashMap<>();
        SupervisionPages.put(form, "heldOn", pages.today());
        workforce.currentAllocation(id).map(AllocationView::workerUsername).ifPresent(w -> form.put("worker", w));
        return supervisionPage(model, child, form, new FormErrors());
    }

    @PostMapping("/children/{id}/supervision/new")
    @RequiresPermission(Permission.SUPERVISE_STAFF)
    String recordSupervision(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        PersonSummary child = pages.child(id);
        FormErrors errors = new FormErrors();
        LocalDate heldOn = pages.date(form, "heldOn", false, errors);
        Map<String, String> people = people(id);
        String worker = form.getOrDefault("worker", "");
        if (!people.containsKey(worker)) {
            errors.reject("worker", "supervision.error.worker");
        }
        String discussion = SupervisionPages.text(form, "discussion", SupervisionPages.MAX_TEXT, true, errors);
        String reflection = SupervisionPages.text(form, "reflection", SupervisionPages.MAX_TEXT, true, errors);
        String decisions = SupervisionPages.text(form, "decisions", SupervisionPages.MAX_TEXT, true, errors);
        List<SupervisionAction> actions = new ArrayList<>();
        for (int i = 1; i <= ACTION_ROWS; i++) {
            SupervisionAction action = action(form, i, people, errors);
            if (action != null) {
                actions.add(action);
            }
        }
        if (errors.any()) {
            return supervisionPage(model, child, form, errors);
        }
        supervisions.record(id, new NewCaseSupervision(heldOn, worker, discussion, reflection, decisions, actions));
        redirect.addFlashAttribute("flashSuccess", "supervision.case.done");
        return "redirect:/children/" + id + "/supervision";
    }

    /** One action row: ignored when left blank, otherwise needs all three parts. */
    private SupervisionAction action(Map<String, String> form, int i, Map<String, String> people, FormErrors errors) {
        String prefix = "action" + i;
        boolean blank = form.getOrDefault(prefix, "").isBlank() && form.getOrDefault(prefix + "Owner", "").isBlank()
                && SupervisionPages.parts(form, prefix + "Due").blank();
        if (blank) {
            return null;
        }
        String description = SupervisionPages.text(form, prefix, SupervisionPages.MAX_SHORT, false, errors);
        if (description == null) {
            errors.reject(prefix, "supervision.error.action");
        }
        String owner = form.getOrDefault(prefix + "Owner", "");
        if (!people.containsKey(owner)) {
            errors.reject(prefix + "Owner", "supervision.error.owner");
        }
        LocalDate due = pages.date(form, prefix + "Due", true, errors);
        return errors.has(prefix) || errors.has(prefix + "Owner") || errors.has(prefix + "Due") ? null
                : new SupervisionAction(description, owner, due);
    }

    @PostMapping("/supervision-actions/{id}/complete")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String complete(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        SupervisionActionView action = supervisions.action(id).orElseThrow(() -> new NotFoundException("Action"));
        pages.child(action.childId());
        boolean owner = action.owner().equals(CurrentUser.username());
        if (!owner && !CurrentUser.require().has(Permission.SUPERVISE_STAFF)) {
            throw new AccessDeniedException("Only the action's owner or a manager records it as done");
        }
        if (action.done()) {
            redirect.addFlashAttribute("flashSuccess", "supervision.action.already");
        } else {
            supervisions.complete(id, version);
            redirect.addFlashAttribute("flashSuccess", "supervision.action.done");
        }
        return "redirect:/children/" + action.childId() + "/supervision";
    }

    @GetMapping("/children/{id}/oversight/new")
    @RequiresPermission(Permission.SUPERVISE_STAFF)
    String oversightForm(@PathVariable UUID id, Model model) {
        PersonSummary child = pages.child(id);
        Map<String, String> form = new HashMap<>();
        SupervisionPages.put(form, "recordedOn", pages.today());
        return oversightPage(model, child, form, new FormErrors());
    }

    @PostMapping("/children/{id}/oversight/new")
    @RequiresPermission(Permission.SUPERVISE_STAFF)
    String recordOversight(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        PersonSummary child = pages.child(id);
        FormErrors errors = new FormErrors();
        LocalDate on = pages.date(form, "recordedOn", false, errors);
        String direction = SupervisionPages.text(form, "direction", SupervisionPages.MAX_TEXT, true, errors);
        String rationale = SupervisionPages.text(form, "rationale", SupervisionPages.MAX_TEXT, true, errors);
        LocalDate next = pages.date(form, "nextReviewOn", true, errors);
        if (on != null && next != null && !errors.has("recordedOn") && next.isBefore(on)) {
            errors.reject("nextReviewOn", "supervision.error.nextBefore");
        }
        if (errors.any()) {
            return oversightPage(model, child, form, errors);
        }
        oversight.record(id, new NewOversight(on, direction, rationale, next));
        redirect.addFlashAttribute("flashSuccess", "supervision.oversight.done");
        return "redirect:/children/" + id + "/supervision";
    }

    /** Who can be supervised or own an action: the child's team's workers and the signed-in manager. */
    private Map<String, String> people(UUID childId) {
        Map<String, String> people = new LinkedHashMap<>();
        workforce.currentAllocation(childId).map(AllocationView::teamId)
                .or(() -> workforce.teamOf(CurrentUser.username()).map(t -> t.id()))
                .ifPresent(team -> workforce.workersIn(team).forEach(w -> people.put(w.username(), w.displayName())));
        people.putIfAbsent(CurrentUser.username(), CurrentUser.require().displayName());
        return people;
    }

    /** Display names of the people named on these records. */
    private Map<String, String> names(List<CaseSupervisionView> held, List<OversightView> entries) {
        Map<String, String> names = new HashMap<>();
        java.util.function.Consumer<String> add = u -> names.computeIfAbsent(u,
                k -> workforce.worker(k).map(WorkerView::displayName).orElse(k));
        held.forEach(s -> {
            add.accept(s.supervisor());
            add.accept(s.worker());
            s.actions().forEach(a -> add.accept(a.owner()));
        });
        entries.forEach(o -> add.accept(o.manager()));
        return names;
    }

    private String supervisionPage(Model model, PersonSummary child, Map<String, String> form, FormErrors errors) {
        model.addAttribute("child", child);
        model.addAttribute("form", form);
        model.addAttribute("people", people(child.id()));
        model.addAttribute("rows", java.util.stream.IntStream.rangeClosed(1, ACTION_ROWS).boxed().toList());
        model.addAttribute("dates", SupervisionPages.dates(form, "heldOn", "action1Due", "action2Due", "action3Due"));
        model.addAttribute("errors", errors);
        return "supervision/case-form";
    }

    private String oversightPage(Model model, PersonSummary child, Map<String, String> form, FormErrors errors) {
        model.addAttribute("child", child);
        model.addAttribute("form", form);
        model.addAttribute("dates", SupervisionPages.dates(form, "recordedOn", "nextReviewOn"));
        model.addAttribute("errors", errors);
        return "supervision/oversight-form";
    }
}
