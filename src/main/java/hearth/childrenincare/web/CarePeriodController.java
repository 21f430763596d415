package hearth.childrenincare.web;

import hearth.childrenincare.CarePeriodView;
import hearth.childrenincare.CareReviews;
import hearth.childrenincare.CategoryOfNeed;
import hearth.childrenincare.ChildrenInCare;
import hearth.childrenincare.LegalStatus;
import hearth.childrenincare.LegalStatusView;
import hearth.childrenincare.PlacementView;
import hearth.childrenincare.ReasonCeased;
import hearth.platform.web.FormErrors;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import java.time.LocalDate;
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

/** A child's periods of care, becoming looked after, the period's page, legal status changes and ceasing. */
@Controller
class CarePeriodController {

    private final ChildrenInCare care;
    private final CareReviews reviews;
    private final CarePages pages;
    private final Obligations obligations;

    CarePeriodController(ChildrenInCare care, CareReviews reviews, CarePages pages, Obligations obligations) {
        this.care = care;
        this.reviews = reviews;
        this.pages = pages;
        this.obligations = obligations;
    }

    @GetMapping("/children/{id}/care")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String periods(@PathVariable UUID id, Model model) {
        model.addAttribute("child", pages.child(id));
        pages.viewed(id, "periods of care");
        model.addAttribute("periods", care.periodsFor(id));
        model.addAttribute("canStart", CarePages.has(Permission.RECORD_CASE_WORK)
                && care.openPeriodFor(id).isEmpty());
        model.addAttribute("when", new CareDates());
        return "childrenincare/periods";
    }

    @GetMapping("/children/{id}/care/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String startForm(@PathVariable UUID id, Model model) {
        return startPage(model, id, Map.of(), new FormErrors());
    }

    @PostMapping("/children/{id}/care/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String start(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        pages.child(id);
        FormErrors errors = new FormErrors();
        LocalDate date = pages.date(form, "startDate", null, null, errors);
        LegalStatus status = CarePages.choice(LegalStatus.class, form, "legalStatus", true, errors);
        CategoryOfNeed need = CarePages.choice(CategoryOfNeed.class, form, "categoryOfNeed", true, errors);
        if (!errors.any()) {
            try {
                CarePeriodView period = care.becomeLookedAfter(id, date, status, need);
                redirect.addFlashAttribute("flashSuccess", "childrenincare.start.saved");
                return "redirect:/care-periods/" + period.id();
            } catch (IllegalStateException e) {
                errors.reject("startDate", e.getMessage());
            }
        }
        return startPage(model, id, form, errors);
    }

    @GetMapping("/care-periods/{id}")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String show(@PathVariable UUID id, Model model) {
        CarePeriodView period = pages.period(id);
        pages.viewed(period.childId(), "period of care");
        model.addAttribute("child", pages.child(period.childId()));
        model.addAttribute("period", period);
        List<LegalStatusView> statuses = care.legalStatusesOf(id);
        List<PlacementView> placements = care.placementsOf(id);
        model.addAttribute("statuses", statuses);
        model.addAttribute("currentStatus", statuses.get(statuses.size() - 1).status());
        model.addAttribute("placements", placements);
        model.addAttribute("episodes", care.episodesOf(id));
        model.addAttribute("plans", reviews.plansOf(id));
        model.addAttribute("reviews", reviews.reviewsOf(id));
        model.addAttribute("iroContacts", reviews.iroContactsOf(id));
        model.addAttribute("visits", reviews.visitsOf(id));
        model.addAttribute("due", period.isOpen() ? due(period.childId()) : List.of());
        model.addAttribute("canRecord", period.isOpen() && CarePages.has(Permission.RECORD_CASE_WORK));
        model.addAttribute("canReview", period.isOpen() && CarePages.has(Permission.REVIEW_CHILD_IN_CARE));
        model.addAttribute("when", new CareDates());
        return "childrenincare/period";
    }

    private List<ObligationView> due(UUID childId) {
        return obligations.openFor(List.of(childId)).stream().filter(o -> o.ruleId().startsWith("care-")).toList();
    }

    @GetMapping("/care-periods/{id}/legal-status")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String legalStatusForm(@PathVariable UUID id, Model model) {
        CarePeriodView period = pages.period(id);
        return legalPage(model, period, Map.of("version", String.valueOf(period.version())), new FormErrors());
    }

    @PostMapping("/care-periods/{id}/legal-status")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String changeLegalStatus(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        CarePeriodView period = pages.period(id);
        FormErrors errors = new FormErrors();
        LocalDate date = pages.date(form, "date", period.startDate(), "childrenincare.error.beforeStart", errors);
        LegalStatus status = CarePages.choice(LegalStatus.class, form, "legalStatus", true, errors);
        long version = CarePages.version(form);
        if (!errors.any()) {
            try {
                care.changeLegalStatus(id, version, date, status);
                redirect.addFlashAttribute("flashSuccess", "childrenincare.legal.saved");
                return "redirect:/care-periods/" + id;
            } catch (IllegalStateException e) {
                errors.reject(e.getMessage().contains("LegalStatus") ? "legalStatus" : "date", e.getMessage());
            }
        }
        return legalPage(model, period, form, errors);
    }

    @GetMapping("/care-periods/{id}/cease")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String ceaseForm(@PathVariable UUID id, Model model) {
        CarePeriodView period = pages.period(id);
        return ceasePage(model, period, Map.of("version", String.valueOf(period.version())), new FormErrors());
    }

    @PostMapping("/care-periods/{id}/cease")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String cease(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        CarePeriodView period = pages.period(id);
        FormErrors errors = new FormErrors();
        LocalDate date = pages.date(form, "date", period.startDate(), "childrenincare.error.beforeStart", errors);
        ReasonCeased reason = CarePages.choice(ReasonCeased.class, form, "reason", true, errors);
        long version = CarePages.version(form);
        if (!errors.any()) {
            try {
                care.cease(id, version, date, reason);
                redirect.addFlashAttribute("flashSuccess", "childrenincare.cease.saved");
                return "redirect:/care-periods/" + id;
            } catch (IllegalStateException e) {
                errors.reject("date", e.getMessage());
            }
        }
        return ceasePage(model, period, form, errors);
    }

    private String startPage(Model model, UUID childId, Map<String, String> form, FormErrors errors) {
        model.addAttribute("statuses", LegalStatus.values());
        model.addAttribute("needs", CategoryOfNeed.values());
        return pages.form(model, "start", childId, null, form, errors);
    }

    private String legalPage(Model model, CarePeriodView period, Map<String, String> form, FormErrors errors) {
        model.addAttribute("statuses", LegalStatus.values());
        return pages.form(model, "legal-status", period.childId(), period, form, errors);
    }

    private String ceasePage(Model model, CarePeriodView period, Map<String, String> form, FormErrors errors) {
        model.addAttribute("reasons", ReasonCeased.values());
        return pages.form(model, "cease", period.childId(), period, form, errors);
    }
}
