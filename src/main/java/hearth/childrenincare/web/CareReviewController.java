package hearth.childrenincare.web;

import hearth.childrenincare.CarePeriodView;
import hearth.childrenincare.CareReviews;
import hearth.childrenincare.Participation;
import hearth.childrenincare.PermanencePlan;
import hearth.platform.web.FormErrors;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Care plans, reviews and IRO contacts (the independent reviewing officer records those), and statutory visits. */
@Controller
class CareReviewController {

    private final CareReviews reviews;
    private final CarePages pages;

    CareReviewController(CareReviews reviews, CarePages pages) {
        this.reviews = reviews;
        this.pages = pages;
    }

    @GetMapping("/care-periods/{id}/care-plans/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String carePlanForm(@PathVariable UUID id, Model model) {
        return carePlanPage(model, pages.period(id), Map.of(), new FormErrors());
    }

    @PostMapping("/care-periods/{id}/care-plans/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String recordCarePlan(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        CarePeriodView period = pages.period(id);
        FormErrors errors = new FormErrors();
        LocalDate date = pages.date(form, "date", period.startDate(), "childrenincare.error.beforeStart", errors);
        PermanencePlan permanence = CarePages.choice(PermanencePlan.class, form, "permanence", false, errors);
        String summary = CarePages.text(form, "summary", CarePages.MAX_TEXT, true, errors);
        return save(errors, redirect, id, "childrenincare.plan.saved",
                () -> reviews.recordCarePlan(id, date, permanence, summary),
                () -> carePlanPage(model, period, form, errors));
    }

    @GetMapping("/care-periods/{id}/reviews/new")
    @RequiresPermission(Permission.REVIEW_CHILD_IN_CARE)
    String reviewForm(@PathVariable UUID id, Model model) {
        return reviewPage(model, pages.period(id), Map.of(), new FormErrors());
    }

    @PostMapping("/care-periods/{id}/reviews/new")
    @RequiresPermission(Permission.REVIEW_CHILD_IN_CARE)
    String recordReview(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        CarePeriodView period = pages.period(id);
        FormErrors errors = new FormErrors();
        LocalDate date = pages.date(form, "date", period.startDate(), "childrenincare.error.beforeStart", errors);
        Participation participation = CarePages.choice(Participation.class, form, "participation", true, errors);
        String views = CarePages.text(form, "childViews", CarePages.MAX_TEXT, true, errors);
        String discussed = CarePages.text(form, "discussed", CarePages.MAX_TEXT, true, errors);
        String decisions = CarePages.text(form, "decisions", CarePages.MAX_TEXT, true, errors);
        return save(errors, redirect, id, "childrenincare.review.saved",
                () -> reviews.recordReview(id, date, participation, views, discussed, decisions),
                () -> reviewPage(model, period, form, errors));
    }

    @GetMapping("/care-periods/{id}/iro-contacts/new")
    @RequiresPermission(Permission.REVIEW_CHILD_IN_CARE)
    String iroForm(@PathVariable UUID id, Model model) {
        CarePeriodView period = pages.period(id);
        return pages.form(model, "iro-contact", period.childId(), period, Map.of(), new FormErrors());
    }

    @PostMapping("/care-periods/{id}/iro-contacts/new")
    @RequiresPermission(Permission.REVIEW_CHILD_IN_CARE)
    String recordIroContact(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        CarePeriodView period = pages.period(id);
        FormErrors errors = new FormErrors();
        LocalDate date = pages.date(form, "date", period.startDate(), "childrenincare.error.beforeStart", errors);
        String how = CarePages.text(form, "how", CarePages.MAX_SHORT, true, errors);
        String note = CarePages.text(form, "note", CarePages.MAX_TEXT, true, errors);
        return save(errors, redirect, id, "childrenincare.iro.saved",
                () -> reviews.recordIroContact(id, date, how, note),
                () -> pages.form(model, "iro-contact", period.childId(), period, form, errors));
    }

    @GetMapping("/care-periods/{id}/visits/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String visitForm(@PathVariable UUID id, Model model) {
        CarePeriodView period = pages.period(id);
        return pages.form(model, "visit", period.childId(), period, Map.of(), new FormErrors());
    }

    @PostMapping("/care-periods/{id}/visits/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String recordVisit(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        CarePeriodView period = pages.period(id);
        FormErrors errors = new FormErrors();
        LocalDate date = pages.date(form, "date", period.startDate(), "childrenincare.error.beforeStart", errors);
        Boolean seen = CarePages.yesNo(form, "seen", errors);
        Boolean alone = CarePages.yesNo(form, "seenAlone", errors);
        if (Boolean.FALSE.equals(seen) && Boolean.TRUE.equals(alone)) {
            errors.reject("seenAlone", "childrenincare.error.seenAloneNotSeen");
        }
        String words = CarePages.text(form, "words", CarePages.MAX_TEXT, true, errors);
        return save(errors, redirect, id, "childrenincare.visit.saved",
                () -> reviews.recordVisit(id, date, seen, alone, words),
                () -> pages.form(model, "visit", period.childId(), period, form, errors));
    }

    /** Saves when the form is valid; a guard the service refuses becomes an error on the date, nothing lost. */
    private String save(FormErrors errors, RedirectAttributes redirect, UUID periodId, String saved,
            Supplier<Object> work, Supplier<String> again) {
        if (!errors.any()) {
            try {
                work.get();
                redirect.addFlashAttribute("flashSuccess", saved);
                return "redirect:/care-periods/" + periodId;
            } catch (IllegalStateException e) {
                // a participation code that does not fit the child's age is the participation's error, not the date's
                errors.reject(e.getMessage() != null && e.getMessage().startsWith("childrenincare.error.participation")
                        ? "participation" : "date", e.getMessage());
            }
        }
        return again.get();
    }

    private String carePlanPage(Model model, CarePeriodView period, Map<String, String> form, FormErrors errors) {
        model.addAttribute("permanencePlans", PermanencePlan.values());
        return pages.form(model, "care-plan", period.childId(), period, form, errors);
    }

    private String reviewPage(Model model, CarePeriodView period, Map<String, String> form, FormErrors errors) {
        model.addAttribute("participations", Participation.values());
        return pages.form(model, "review", period.childId(), period, form, errors);
    }
}
