package hearth.childprotection.web;

import hearth.childprotection.Attendance;
import hearth.childprotection.ChildProtection;
import hearth.childprotection.HeldStrategyDiscussion;
import hearth.childprotection.NewAction;
import hearth.childprotection.StrategyDiscussionView;
import hearth.childprotection.StrategyKind;
import hearth.childprotection.StrategyTrigger;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.timescales.Due;
import hearth.timescales.WorkingDays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A concern needing a strategy discussion, and the discussion or meeting once held. */
@Controller
class StrategyController {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");
    static final int ACTION_ROWS = 3;

    private final ChildProtection childProtection;
    private final Pages pages;
    private final WorkingDays workingDays;

    StrategyController(ChildProtection childProtection, Pages pages, WorkingDays workingDays) {
        this.childProtection = childProtection;
        this.pages = pages;
        this.workingDays = workingDays;
    }

    @GetMapping("/children/{id}/strategy-discussions/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String newNeed(@PathVariable UUID id, Model model) {
        pages.open(id, "strategy discussion", model);
        return needForm(model, Map.of(), new FormErrors());
    }

    @PostMapping("/children/{id}/strategy-discussions/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String recordNeed(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        pages.open(id, "strategy discussion", model);
        Forms f = new Forms(form, pages.today());
        LocalDate date = f.date("concernOn", true, null);
        LocalTime time = f.time("concernTime");
        String concern = f.text("concern", Forms.LONG, true);
        Instant at = date == null || time == null ? null : date.atTime(time).atZone(Due.LONDON).toInstant();
        if (at != null && at.isAfter(pages.now())) {
            f.reject("concernOn", "future");
        }
        if (f.errors().any()) {
            return needForm(model, form, f.errors());
        }
        StrategyDiscussionView saved = childProtection.needStrategyDiscussion(id, StrategyTrigger.OPEN_CASE, null,
                concern, at);
        redirect.addFlashAttribute("flashSuccess", "childprotection.strategy.needed");
        return "redirect:/strategy-discussions/" + saved.id();
    }

    @GetMapping("/strategy-discussions/{id}")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String show(@PathVariable UUID id, Model model) {
        StrategyDiscussionView d = find(id);
        return page(model, d, Map.of(), new FormErrors());
    }

    @PostMapping("/strategy-discussions/{id}/held")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String held(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        StrategyDiscussionView d = find(id);
        long version = Forms.version(form);
        if (d.held()) {
            return page(model, d, Map.of(), new FormErrors());
        }
        Forms f = new Forms(form, pages.today());
        StrategyKind kind = f.choice(StrategyKind.class, "kind", true);
        LocalDate date = f.date("heldOn", true, LocalDate.ofInstant(d.concernAt(), Due.LONDON));
        LocalTime time = f.time("heldTime");
        Instant heldAt = date == null || time == null ? null : date.atTime(time).atZone(Due.LONDON).toInstant();
        if (heldAt != null && heldAt.isBefore(d.concernAt())) {
            f.reject("heldTime", "heldTime.beforeConcern");
        } else if (heldAt != null && heldAt.isAfter(pages.now())) {
            f.reject("heldTime", "heldTime.future");
        }
        Attendance attendance = f.attendance();
        String shared = f.text("informationShared", Forms.LONG, true);
        String decisions = f.text("decisions", Forms.LONG, true);
        List<NewAction> actions = new ArrayList<>();
        for (int i = 1; i <= ACTION_ROWS; i++) {
            String what = f.text("action" + i, Forms.SHORT, false);
            String owner = f.text("owner" + i, 200, false);
            if (what != null && owner == null) {
                f.reject("owner" + i, "owner");
            } else if (what == null && owner != null) {
                f.reject("action" + i, "action");
            } else if (what != null) {
                actions.add(new NewAction(what, owner));
            }
        }
        Boolean section47 = f.yesNo("section47");
        String reason = f.text("outcomeReason", 2000, true);
        if (f.errors().any()) {
            return page(model, d, form, f.errors());
        }
        childProtection.holdStrategyDiscussion(id, version, new HeldStrategyDiscussion(kind, heldAt, attendance,
                shared, decisions, actions, section47, reason));
        redirect.addFlashAttribute("flashSuccess", section47 ? "childprotection.strategy.heldEnquiry"
                : "childprotection.strategy.held");
        return "redirect:/strategy-discussions/" + id;
    }

    private StrategyDiscussionView find(UUID id) {
        return childProtection.strategyDiscussion(id).orElseThrow(() -> new NotFoundException("Strategy discussion"));
    }

    private String page(Model model, StrategyDiscussionView d, Map<String, String> form, FormErrors errors) {
        pages.open(d.childId(), "strategy discussion", model);
        model.addAttribute("discussion", d);
        model.addAttribute("concernAt", WHEN.format(d.concernAt().atZone(Due.LONDON)));
        if (d.held()) {
            model.addAttribute("heldAt", WHEN.format(d.heldAt().atZone(Due.LONDON)));
            Duration delay = Duration.between(d.concernAt(), d.heldAt());
            model.addAttribute("delayHours", delay.toHours());
            model.addAttribute("delayWorkingDays", workingDays.statutory().workingDaysBetween(
                    LocalDate.ofInstant(d.concernAt(), Due.LONDON), LocalDate.ofInstant(d.heldAt(), Due.LONDON)));
            model.addAttribute("actions", childProtection.actionsFor(d.id()));
            model.addAttribute("enquiry", childProtection.enquiryStartedBy(d.id()).orElse(null));
        }
        model.addAttribute("clock", d.obligationId() == null ? null
                : childProtection.openClocks(d.childId()).stream().filter(o -> o.id().equals(d.obligationId()))
                        .findFirst().orElse(null));
        model.addAttribute("canRecord", !d.held() && Pages.can(Permission.RECORD_CASE_WORK));
        model.addAttribute("kinds", StrategyKind.values());
        model.addAttribute("actionRows", java.util.stream.IntStream.rangeClosed(1, ACTION_ROWS).boxed().toList());
        model.addAttribute("heldOn", Forms.parts(form, "heldOn"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "childprotection/strategy";
    }

    private String needForm(Model model, Map<String, String> form, FormErrors errors) {
        model.addAttribute("concernOn", Forms.parts(form, "concernOn"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "childprotection/strategy-need";
    }
}
