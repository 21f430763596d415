package hearth.work.web;

import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.timescales.ObligationState;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My work": the signed-in worker's due and overdue items across their children, and late items to explain. */
@Controller
class MyWorkController {

    static final Duration LATE_WINDOW = Duration.ofDays(30);
    static final int MAX_REASON = 1000;

    private final Obligations obligations;
    private final WorkItems items;
    private final Clock clock;

    MyWorkController(Obligations obligations, WorkItems items, Clock clock) {
        this.obligations = obligations;
        this.items = items;
        this.clock = clock;
    }

    @Bean
    static NavigationLink myWorkLink() {
        return new NavigationLink(5, "nav.myWork", "/my-work", Permission.RECORD_CASE_WORK);
    }

    @GetMapping("/my-work")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String show(Model model) {
        return page(model, new FormErrors(), Map.of());
    }

    @PostMapping("/my-work/items/{id}/delay-reason")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String recordDelayReason(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Model model,
            RedirectAttributes redirect) {
        String username = CurrentUser.username();
        ObligationView item = obligations.find(id).filter(o -> username.equals(o.responsible()))
                .orElseThrow(() -> new NotFoundException("Work item"));
        if (item.state() != ObligationState.MET_LATE) {
            throw new IllegalArgumentException("Only work met late has a reason for delay here");
        }
        if (item.delayReason() != null) {
            redirect.addFlashAttribute("flashSuccess", "work.delay.already");
            return "redirect:/my-work";
        }
        String text = reason.strip();
        FormErrors errors = new FormErrors();
        if (text.isEmpty()) {
            errors.reject(field(id), "work.delay.error.required");
        } else if (text.length() > MAX_REASON) {
            errors.reject(field(id), "work.delay.error.tooLong");
        }
        if (errors.any()) {
            return page(model, errors, Map.of(id, reason));
        }
        obligations.recordDelayReason(id, text);
        redirect.addFlashAttribute("flashSuccess", "work.delay.recorded");
        return "redirect:/my-work";
    }

    static String field(UUID id) {
        return "reason-" + id;
    }

    private String page(Model model, FormErrors errors, Map<UUID, String> typed) {
        String username = CurrentUser.username();
        List<WorkItem> open = items.rows(obligations.openAssignedTo(username), WorkItems.MOST_URGENT_FIRST);
        List<WorkItem> late = items.rows(obligations.metLateSince(username, clock.instant().minus(LATE_WINDOW)),
                Comparator.comparing((WorkItem i) -> i.obligation().metAt()).reversed());
        model.addAttribute("items", open);
        model.addAttribute("overdueCount", open.stream().filter(i -> i.obligation().state() == ObligationState.OVERDUE).count());
        model.addAttribute("dueSoonCount", open.stream().filter(i -> i.obligation().state() == ObligationState.DUE_SOON).count());
        model.addAttribute("late", late);
        model.addAttribute("unexplained", late.stream().filter(i -> i.obligation().delayReason() == null).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("maxReason", MAX_REASON);
        return "work/my-work";
    }
}
