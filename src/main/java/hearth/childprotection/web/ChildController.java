package hearth.childprotection.web;

import hearth.childprotection.ChildProtection;
import hearth.childprotection.DisagreementView;
import hearth.childprotection.NewDisagreement;
import hearth.childprotection.NewProtectionOrder;
import hearth.childprotection.ProtectionOrderKind;
import hearth.childprotection.ProtectionOrderView;
import hearth.childprotection.UpcomingConference;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.HearthUser;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A child's child protection history on one page, disagreements between agencies, emergency protection orders and
 * police protection, and the chair's list of conferences due.
 */
@Controller
class ChildController {

    private final ChildProtection childProtection;
    private final Pages pages;
    private final People people;
    private final RecordAccess access;

    ChildController(ChildProtection childProtection, Pages pages, People people, RecordAccess access) {
        this.childProtection = childProtection;
        this.pages = pages;
        this.people = people;
        this.access = access;
    }

    @Bean
    static NavigationLink conferencesLink() {
        return new NavigationLink(8, "nav.conferences", "/cp-conferences", Permission.CHAIR_CONFERENCE);
    }

    @GetMapping("/children/{id}/child-protection")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String child(@PathVariable UUID id, Model model) {
        pages.open(id, "child protection", model);
        model.addAttribute("discussions", childProtection.strategyDiscussionsFor(id));
        model.addAttribute("enquiries", childProtection.enquiriesFor(id));
        model.addAttribute("conferences", childProtection.conferencesFor(id));
        model.addAttribute("plans", childProtection.plansFor(id));
        model.addAttribute("disagreements", childProtection.disagreementsFor(id));
        model.addAttribute("orders", childProtection.protectionOrdersFor(id));
        model.addAttribute("clocks", childProtection.openClocks(id));
        model.addAttribute("canRecord", Pages.can(Permission.RECORD_CASE_WORK));
        model.addAttribute("today", pages.today());
        return "childprotection/child";
    }

    @GetMapping("/cp-conferences")
    @RequiresPermission(Permission.CHAIR_CONFERENCE)
    String upcoming(Model model) {
        List<UpcomingConference> due = new ArrayList<>(childProtection.upcomingConferences());
        due.sort((a, b) -> a.obligation().dueDate().compareTo(b.obligation().dueDate()));
        Set<UUID> ids = due.stream().map(UpcomingConference::childId).collect(Collectors.toSet());
        Map<UUID, PersonSummary> children = people.find(ids).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        HearthUser user = CurrentUser.require();
        List<Row> rows = new ArrayList<>();
        for (UpcomingConference u : due) {
            PersonSummary child = children.get(u.childId());
            boolean opens = child != null && access.decide(user, u.childId()).allowed();
            rows.add(new Row(u, opens ? child.fullName() : null, opens && child.unborn(),
                    u.enquiryId() != null ? "/section-47/" + u.enquiryId() : "/cp-plans/" + u.planId()));
        }
        model.addAttribute("rows", rows);
        return "childprotection/upcoming";
    }

    /** A conference due; the name is null when the chair may not open the child's record. */
    record Row(UpcomingConference due, String childName, boolean unborn, String href) {
    }

    @GetMapping("/children/{id}/disagreements/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String newDisagreement(@PathVariable UUID id, Model model) {
        pages.open(id, "disagreement between agencies", model);
        return disagreementForm(model, Map.of(), new FormErrors());
    }

    @PostMapping("/children/{id}/disagreements/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String recordDisagreement(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        pages.open(id, "disagreement between agencies", model);
        Forms f = new Forms(form, pages.today());
        LocalDate raised = f.date("raisedOn", true, null);
        String agencies = f.text("agencies", 500, true);
        String about = f.text("about", Forms.LONG, true);
        String escalation = f.text("escalation", Forms.LONG, true);
        if (f.errors().any()) {
            return disagreementForm(model, form, f.errors());
        }
        DisagreementView d = childProtection.recordDisagreement(id, new NewDisagreement(raised, agencies, about,
                escalation));
        redirect.addFlashAttribute("flashSuccess", "childprotection.disagreement.recorded");
        return "redirect:/cp-disagreements/" + d.id();
    }

    @GetMapping("/cp-disagreements/{id}")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String disagreement(@PathVariable UUID id, Model model) {
        return disagreementPage(model, findDisagreement(id), Map.of(), new FormErrors());
    }

    @PostMapping("/cp-disagreements/{id}/resolve")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String resolve(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        DisagreementView d = findDisagreement(id);
        pages.open(d.childId(), "disagreement between agencies", model);
        long version = Forms.version(form);
        Forms f = new Forms(form, pages.today());
        LocalDate on = f.date("resolvedOn", true, d.raisedOn());
        String resolution = f.text("resolution", Forms.LONG, true);
        if (f.errors().any()) {
            return disagreementPage(model, d, form, f.errors());
        }
        childProtection.resolveDisagreement(id, version, on, resolution);
        redirect.addFlashAttribute("flashSuccess", "childprotection.disagreement.resolved");
        return "redirect:/cp-disagreements/" + id;
    }

    @GetMapping("/children/{id}/protection-orders/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String newOrder(@PathVariable UUID id, Model model) {
        pages.open(id, "protection order", model);
        return orderForm(model, Map.of(), new FormErrors());
    }

    @PostMapping("/children/{id}/protection-orders/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String recordOrder(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        pages.open(id, "protection order", model);
        Forms f = new Forms(form, pages.today());
        ProtectionOrderKind kind = f.choice(ProtectionOrderKind.class, "orderKind", true);
        LocalDate start = f.date("startOn", true, null);
        LocalDate end = f.date("endOn", false, start);
        String details = f.text("details", 2000, true);
        if (f.errors().any()) {
            return orderForm(model, form, f.errors());
        }
        ProtectionOrderView o = childProtection.recordProtectionOrder(id, new NewProtectionOrder(kind, start, end,
                details));
        redirect.addFlashAttribute("flashSuccess", "childprotection.order.recorded");
        return "redirect:/cp-orders/" + o.id();
    }

    @GetMapping("/cp-orders/{id}")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String order(@PathVariable UUID id, Model model) {
        return orderPage(model, findOrder(id), Map.of(), new FormErrors());
    }

    @PostMapping("/cp-orders/{id}/end")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String endOrder(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        ProtectionOrderView o = findOrder(id);
        pages.open(o.childId(), "protection order", model);
        long version = Forms.version(form);
        Forms f = new Forms(form, pages.today());
        LocalDate on = f.date("endOn", true, o.startDate());
        if (f.errors().any()) {
            return orderPage(model, o, form, f.errors());
        }
        childProtection.endProtectionOrder(id, version, on);
        redirect.addFlashAttribute("flashSuccess", "childprotection.order.ended");
        return "redirect:/cp-orders/" + id;
    }

    private DisagreementView findDisagreement(UUID id) {
        return childProtection.disagreement(id).orElseThrow(() -> new NotFoundException("Disagreement"));
    }

    private ProtectionOrderView findOrder(UUID id) {
        return childProtection.protectionOrder(id).orElseThrow(() -> new NotFoundException("Order"));
    }

    private String disagreementForm(Model model, Map<String, String> form, FormErrors errors) {
        model.addAttribute("raisedOn", Forms.parts(form, "raisedOn"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "childprotection/disagreement-form";
    }

    private String disagreementPage(Model model, DisagreementView d, Map<String, String> form, FormErrors errors) {
        pages.open(d.childId(), "disagreement between agencies", model);
        model.addAttribute("disagreement", d);
        model.addAttribute("canResolve", !d.resolved() && Pages.can(Permission.RECORD_CASE_WORK));
        model.addAttribute("resolvedOn", Forms.parts(form, "resolvedOn"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "childprotection/disagreement";
    }

    private String orderForm(Model model, Map<String, String> form, FormErrors errors) {
        model.addAttribute("kinds", ProtectionOrderKind.values());
        model.addAttribute("startOn", Forms.parts(form, "startOn"));
        model.addAttribute("endOn", Forms.parts(form, "endOn"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "childprotection/order-form";
    }

    private String orderPage(Model model, ProtectionOrderView o, Map<String, String> form, FormErrors errors) {
        pages.open(o.childId(), "protection order", model);
        model.addAttribute("order", o);
        model.addAttribute("canEnd", o.endDate() == null && Pages.can(Permission.RECORD_CASE_WORK));
        model.addAttribute("endOn", Forms.parts(form, "endOn"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "childprotection/order";
    }
}
