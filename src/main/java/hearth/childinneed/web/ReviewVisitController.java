package hearth.childinneed.web;

import hearth.childinneed.ActionStatus;
import hearth.childinneed.Attendee;
import hearth.childinneed.ChildrenInNeed;
import hearth.childinneed.EpisodeView;
import hearth.childinneed.NewReview;
import hearth.childinneed.NewVisit;
import hearth.childinneed.PlanView;
import hearth.childinneed.ProgressUpdate;
import hearth.childinneed.ReviewDecision;
import hearth.platform.web.FormErrors;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording child in need reviews (attendance, progress per action, the child's views, decision) and visits. */
@Controller
class ReviewVisitController {

    /** How many attendance rows the review form offers. */
    static final int ATTENDEE_ROWS = 6;

    private final ChildrenInNeed childrenInNeed;
    private final EpisodePages pages;

    ReviewVisitController(ChildrenInNeed childrenInNeed, EpisodePages pages) {
        this.childrenInNeed = childrenInNeed;
        this.pages = pages;
    }

    @GetMapping("/cin-episodes/{id}/reviews/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String reviewForm(@PathVariable UUID id, Model model) {
        EpisodeView episode = pages.episode(id);
        PlanView plan = childrenInNeed.currentPlan(id).orElse(null);
        Map<String, String> form = new HashMap<>();
        if (plan != null) {
            actions(plan).forEach(a -> form.put("status-" + a.id(), a.status().name()));
        }
        return reviewPage(model, episode, plan, form, new FormErrors());
    }

    @PostMapping("/cin-episodes/{id}/reviews/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String recordReview(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        EpisodeView episode = pages.episode(id);
        PlanView plan = childrenInNeed.currentPlan(id).orElse(null);
        FormErrors errors = new FormErrors();
        if (plan == null || !episode.isOpen()) {
            errors.reject("reviewDate", episode.isOpen() ? "childinneed.review.noPlan" : "childinneed.error.closed");
            return reviewPage(model, episode, plan, form, errors);
        }
        LocalDate date = pages.date(form, "reviewDate", plan.startDate(), "childinneed.error.dateBeforeStart", errors);
        List<Attendee> attendees = new ArrayList<>();
        for (int i = 0; i < ATTENDEE_ROWS; i++) {
            String name = EpisodePages.text(form, "attendeeName" + i, EpisodePages.MAX_SHORT, false, errors);
            String role = EpisodePages.text(form, "attendeeRole" + i, EpisodePages.MAX_SHORT, false, errors);
            String attended = form.getOrDefault("attended" + i, "");
            if (name == null && role == null && attended.isEmpty()) {
                continue;
            }
            if (name == null || role == null || !(attended.equals("yes") || attended.equals("no"))) {
                errors.reject("attendeeName" + i, "childinneed.error.attendeeRow");
                continue;
            }
            attendees.add(new Attendee(name, role, attended.equals("yes")));
        }
        if (attendees.isEmpty() && !errors.any()) {
            errors.reject("attendeeName0", "childinneed.error.attendees");
        }
        List<ProgressUpdate> progress = new ArrayList<>();
        for (PlanView.Action action : actions(plan)) {
            ActionStatus status = EpisodePages.choice(ActionStatus.class, form.get("status-" + action.id()),
                    "status-" + action.id(), new FormErrors());
            if (status == null) {
                errors.reject("status-" + action.id(), "childinneed.error.status");
            }
            String note = EpisodePages.text(form, "note-" + action.id(), EpisodePages.MAX_NOTE, false, errors);
            progress.add(new ProgressUpdate(action.id(), status, note));
        }
        String views = EpisodePages.text(form, "childViews", EpisodePages.MAX_TEXT, true, errors);
        ReviewDecision decision = EpisodePages.choice(ReviewDecision.class, form.get("decision"), "decision", errors);
        if (errors.any()) {
            return reviewPage(model, episode, plan, form, errors);
        }
        childrenInNeed.recordReview(id, new NewReview(date, attendees, progress, views, decision));
        redirect.addFlashAttribute("flashSuccess", "childinneed.review.saved");
        return "redirect:/cin-episodes/" + id + "#reviews";
    }

    @GetMapping("/cin-episodes/{id}/visits/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String visitForm(@PathVariable UUID id, Model model) {
        return visitPage(model, pages.episode(id), Map.of(), new FormErrors());
    }

    @PostMapping("/cin-episodes/{id}/visits/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String recordVisit(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        EpisodeView episode = pages.episode(id);
        FormErrors errors = new FormErrors();
        if (!episode.isOpen()) {
            errors.reject("visitDate", "childinneed.error.closed");
        }
        LocalDate date = pages.date(form, "visitDate", episode.referralDate(), "childinneed.error.dateBeforeReferral",
                errors);
        Boolean seen = EpisodePages.yesNo(form.get("seen"), "seen", errors);
        Boolean alone = EpisodePages.yesNo(form.get("seenAlone"), "seenAlone", errors);
        if (Boolean.FALSE.equals(seen) && Boolean.TRUE.equals(alone)) {
            errors.reject("seenAlone", "childinneed.error.seenAloneNotSeen");
        }
        String wishes = EpisodePages.text(form, "wishes", EpisodePages.MAX_TEXT, true, errors);
        if (errors.any()) {
            return visitPage(model, episode, form, errors);
        }
        childrenInNeed.recordVisit(id, new NewVisit(date, seen, alone, wishes));
        redirect.addFlashAttribute("flashSuccess", seen ? "childinneed.visit.saved" : "childinneed.visit.savedNotSeen");
        return "redirect:/cin-episodes/" + id + "#visits";
    }

    private static List<PlanView.Action> actions(PlanView plan) {
        return plan.needs().stream().flatMap(n -> n.actions().stream()).toList();
    }

    private String reviewPage(Model model, EpisodeView episode, PlanView plan, Map<String, String> form,
            FormErrors errors) {
        model.addAttribute("child", pages.child(episode.childId()));
        model.addAttribute("episode", episode);
        model.addAttribute("plan", plan);
        model.addAttribute("actions", plan == null ? List.of() : actions(plan));
        model.addAttribute("rows", IntStream.range(0, ATTENDEE_ROWS).boxed().toList());
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("decisions", ReviewDecision.values());
        model.addAttribute("form", form);
        model.addAttribute("dates", EpisodePages.dates(form));
        model.addAttribute("errors", errors);
        return "childinneed/review";
    }

    private String visitPage(Model model, EpisodeView episode, Map<String, String> form, FormErrors errors) {
        model.addAttribute("child", pages.child(episode.childId()));
        model.addAttribute("episode", episode);
        model.addAttribute("form", form);
        model.addAttribute("dates", EpisodePages.dates(form));
        model.addAttribute("errors", errors);
        return "childinneed/visit";
    }
}
