package hearth.careleavers.web;

import hearth.careleavers.CareLeaverLists;
import hearth.careleavers.CareLeavers;
import hearth.careleavers.LeaverListRow;
import hearth.careleavers.LeaverView;
import hearth.people.PersonSummary;
import hearth.platform.web.FormErrors;
import hearth.security.CurrentUser;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import hearth.workforce.TeamKind;
import hearth.workforce.WorkerView;
import hearth.workforce.Workforce;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The care leavers lists, the young person's page, allocating a personal adviser, circumstances, support to 25. */
@Controller
class LeaverController {

    private final CareLeavers careLeavers;
    private final CareLeaverLists lists;
    private final LeaverPages pages;
    private final Workforce workforce;
    private final RecordAccess access;

    LeaverController(CareLeavers careLeavers, CareLeaverLists lists, LeaverPages pages, Workforce workforce,
            RecordAccess access) {
        this.careLeavers = careLeavers;
        this.lists = lists;
        this.pages = pages;
        this.workforce = workforce;
        this.access = access;
    }

    @Bean
    static NavigationLink careLeaversLink() {
        return new NavigationLink(9, "nav.careLeavers", "/care-leavers", Permission.ADVISE_CARE_LEAVER);
    }

    @Bean
    static NavigationLink careLeaversManagerLink() {
        return new NavigationLink(9, "nav.careLeavers", "/care-leavers?show=all", Permission.ALLOCATE_CASES);
    }

    @GetMapping("/care-leavers")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String list(@RequestParam(required = false) String show, Model model) {
        String which = show != null && Set.of("mine", "all", "notInTouch").contains(show) ? show
                : LeaverPages.has(Permission.ADVISE_CARE_LEAVER) ? "mine" : "all";
        List<LeaverListRow> rows = switch (which) {
            case "mine" -> lists.caseload(CurrentUser.username());
            case "notInTouch" -> lists.notInTouch();
            default -> lists.caseload(null);
        };
        Set<UUID> restricted = access.restrictedAmong(rows.stream().map(LeaverListRow::childId).toList());
        model.addAttribute("rows", rows.stream().filter(r -> !restricted.contains(r.childId())).toList());
        model.addAttribute("show", which);
        model.addAttribute("fmt", LeaverPages.DATE);
        return "careleavers/list";
    }

    @GetMapping("/care-leavers/{id}")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String show(@PathVariable UUID id, Model model) {
        return pages.page(model, id);
    }

    @GetMapping("/care-leavers/{id}/adviser")
    @RequiresPermission(Permission.ALLOCATE_CASES)
    String adviserForm(@PathVariable UUID id, Model model) {
        return adviserPage(model, pages.child(id), Map.of(), new FormErrors());
    }

    @PostMapping("/care-leavers/{id}/adviser")
    @RequiresPermission(Permission.ALLOCATE_CASES)
    String allocate(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        PersonSummary child = pages.child(id);
        FormErrors errors = new FormErrors();
        String adviser = form.getOrDefault("adviser", "");
        if (advisers().stream().noneMatch(w -> w.username().equals(adviser))) {
            errors.reject("adviser", "careleavers.error.adviser");
        }
        LocalDate from = pages.date(form, "from", errors);
        String reason = errors.text(form, "reason", 200, false, "careleavers.error", "careleavers.error.tooLong");
        if (errors.any() || !LeaverPages.attempt(() -> careLeavers.allocateAdviser(id, adviser, from, reason),
                "adviser", errors)) {
            return adviserPage(model, child, form, errors);
        }
        return "redirect:/care-leavers/" + id;
    }

    private String adviserPage(Model model, PersonSummary child, Map<String, String> form, FormErrors errors) {
        model.addAttribute("child", child);
        model.addAttribute("advisers", advisers());
        model.addAttribute("form", form);
        model.addAttribute("dates", LeaverPages.dates(form, "from"));
        model.addAttribute("errors", errors);
        return "careleavers/adviser";
    }

    /** Workers in the leaving care teams. */
    private List<WorkerView> advisers() {
        return workforce.teams().stream().filter(t -> t.kind() == TeamKind.LEAVING_CARE)
                .flatMap(t -> workforce.workersIn(t.id()).stream()).toList();
    }

    @GetMapping("/care-leavers/{id}/circumstances")
    @RequiresPermission(Permission.ADVISE_CARE_LEAVER)
    String circumstancesForm(@PathVariable UUID id, Model model) {
        PersonSummary child = pages.child(id);
        LeaverView leaver = careLeavers.find(id).orElse(null);
        Map<String, String> form = new java.util.HashMap<>();
        if (leaver != null) {
            form.put("version", String.valueOf(leaver.version()));
            if (leaver.stayingPut()) form.put("stayingPut", "on");
            if (leaver.inCustody()) form.put("inCustody", "on");
            if (leaver.asylumSeeking()) form.put("asylumSeeking", "on");
            if (leaver.parent()) form.put("parent", "on");
        }
        return circumstancesPage(model, child, form, new FormErrors());
    }

    @PostMapping("/care-leavers/{id}/circumstances")
    @RequiresPermission(Permission.ADVISE_CARE_LEAVER)
    String updateCircumstances(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        PersonSummary child = pages.child(id);
        FormErrors errors = new FormErrors();
        long version = form.containsKey("version") ? LeaverPages.version(form)
                : careLeavers.find(id).map(LeaverView::version).orElse(0L);
        if (!LeaverPages.attempt(() -> careLeavers.updateCircumstances(id, version, form.containsKey("stayingPut"),
                form.containsKey("inCustody"), form.containsKey("asylumSeeking"), form.containsKey("parent")),
                "stayingPut", errors)) {
            return circumstancesPage(model, child, form, errors);
        }
        return "redirect:/care-leavers/" + id;
    }

    private String circumstancesPage(Model model, PersonSummary child, Map<String, String> form, FormErrors errors) {
        model.addAttribute("child", child);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "careleavers/circumstances";
    }

    @GetMapping("/care-leavers/{id}/support")
    @RequiresPermission(Permission.ADVISE_CARE_LEAVER)
    String supportForm(@PathVariable UUID id, Model model) {
        return supportPage(model, pages.child(id), Map.of(), new FormErrors());
    }

    @PostMapping("/care-leavers/{id}/support")
    @RequiresPermission(Permission.ADVISE_CARE_LEAVER)
    String requestSupport(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        PersonSummary child = pages.child(id);
        FormErrors errors = new FormErrors();
        LocalDate on = pages.date(form, "requestedOn", errors);
        if (errors.any() || !LeaverPages.attempt(() -> careLeavers.requestSupportTo25(id, on), "requestedOn",
                errors)) {
            return supportPage(model, child, form, errors);
        }
        return "redirect:/care-leavers/" + id;
    }

    private String supportPage(Model model, PersonSummary child, Map<String, String> form, FormErrors errors) {
        model.addAttribute("child", child);
        model.addAttribute("form", form);
        model.addAttribute("dates", LeaverPages.dates(form, "requestedOn"));
        model.addAttribute("errors", errors);
        return "careleavers/support";
    }
}
