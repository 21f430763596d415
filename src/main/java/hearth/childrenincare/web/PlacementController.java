package hearth.childrenincare.web;

import hearth.childrenincare.CarePeriodView;
import hearth.childrenincare.CareReviews;
import hearth.childrenincare.ChildrenInCare;
import hearth.childrenincare.LocalAuthority;
import hearth.childrenincare.NewPlacement;
import hearth.childrenincare.PlacementChangeReason;
import hearth.childrenincare.PlacementProvider;
import hearth.childrenincare.PlacementType;
import hearth.childrenincare.PlacementView;
import hearth.childrenincare.SiblingArrangement;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
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

/** Recording a placement or a move, and the plan and notifications an emergency placement needs. */
@Controller
class PlacementController {

    private final ChildrenInCare care;
    private final CareReviews reviews;
    private final CarePages pages;

    PlacementController(ChildrenInCare care, CareReviews reviews, CarePages pages) {
        this.care = care;
        this.reviews = reviews;
        this.pages = pages;
    }

    @GetMapping("/care-periods/{id}/placements/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String placementForm(@PathVariable UUID id, Model model) {
        CarePeriodView period = pages.period(id);
        Map<String, String> form = new HashMap<>();
        form.put("version", String.valueOf(period.version()));
        List<PlacementView> before = care.placementsOf(id);
        if (!before.isEmpty() && before.get(before.size() - 1).homePostcode() != null) {
            form.put("homePostcode", before.get(before.size() - 1).homePostcode());
        }
        return placementPage(model, period, form, new FormErrors());
    }

    @PostMapping("/care-periods/{id}/placements/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String recordPlacement(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        CarePeriodView period = pages.period(id);
        boolean move = !care.placementsOf(id).isEmpty();
        FormErrors errors = new FormErrors();
        LocalDate start = pages.date(form, "startDate", period.startDate(), "childrenincare.error.beforeStart", errors);
        String carer = CarePages.text(form, "carerName", CarePages.MAX_SHORT, true, errors);
        PlacementType type = CarePages.choice(PlacementType.class, form, "type", true, errors);
        PlacementProvider provider = CarePages.choice(PlacementProvider.class, form, "provider", false, errors);
        String placementPostcode = CarePages.text(form, "placementPostcode", 10, false, errors);
        String homePostcode = CarePages.text(form, "homePostcode", 10, false, errors);
        String urn = CarePages.text(form, "urn", 10, false, errors);
        BigDecimal miles = CarePages.miles(form, "distance", errors);
        Boolean outOfArea = CarePages.yesNo(form, "outOfArea", errors);
        String placementLa = localAuthority(form.get("placementLa"), errors);
        String approvedBy = null;
        LocalDate approvedOn = null;
        if (Boolean.TRUE.equals(outOfArea)) {
            approvedBy = CarePages.text(form, "approvedBy", CarePages.MAX_SHORT, true, errors);
            approvedOn = pages.date(form, "approvedOn", null, null, errors);
        }
        SiblingArrangement siblings = CarePages.choice(SiblingArrangement.class, form, "siblings", true, errors);
        String siblingsReason = CarePages.text(form, "siblingsReason", CarePages.MAX_TEXT, false, errors);
        if ((siblings == SiblingArrangement.APART || siblings == SiblingArrangement.SOME_TOGETHER)
                && siblingsReason == null) {
            errors.reject("siblingsReason", "childrenincare.error.siblingsReason");
        }
        Boolean emergency = CarePages.yesNo(form, "emergency", errors);
        Boolean until18 = CarePages.yesNo(form, "until18", errors);
        PlacementChangeReason reason = null;
        if (move) {
            reason = CarePages.choice(PlacementChangeReason.class, form, "reasonForChange", true, errors);
        }
        if (!errors.any()) {
            try {
                care.recordPlacement(id, CarePages.version(form), new NewPlacement(start, carer, type, provider,
                        placementPostcode, homePostcode, urn, miles, outOfArea, approvedBy, approvedOn, siblings,
                        siblingsReason, emergency, until18, reason, placementLa));
                redirect.addFlashAttribute("flashSuccess", "childrenincare.placement.saved");
                return "redirect:/care-periods/" + id;
            } catch (IllegalStateException e) {
                errors.reject(fieldFor(e.getMessage()), e.getMessage());
            }
        }
        return placementPage(model, period, form, errors);
    }

    /** The chosen English local authority's name, null when none is chosen; one not on the list is refused. */
    private static String localAuthority(String chosen, FormErrors errors) {
        if (chosen == null || chosen.isBlank()) {
            return null;
        }
        return LocalAuthority.named(chosen).map(LocalAuthority::name).orElseGet(() -> {
            errors.reject("placementLa", "childrenincare.error.placementLa");
            return null;
        });
    }

    /** The field a refusal is about: the reason for a move into custody, the type for one the child is too young for. */
    private static String fieldFor(String key) {
        if ("childrenincare.error.custodyUnderTen".equals(key)) {
            return "reasonForChange";
        }
        if ("childrenincare.error.placementLa".equals(key)) {
            return "placementLa";
        }
        return key != null && key.startsWith("childrenincare.error.tooYoungFor.") ? "type" : "startDate";
    }

    @GetMapping("/care-placements/{id}/follow-up")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String followUpForm(@PathVariable UUID id, Model model) {
        PlacementView placement = placement(id);
        return followUpPage(model, placement, Map.of("version", String.valueOf(placement.version())),
                new FormErrors());
    }

    @PostMapping("/care-placements/{id}/follow-up")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String followUp(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        PlacementView placement = placement(id);
        FormErrors errors = new FormErrors();
        LocalDate planOn = pages.optionalDate(form, "planOn", placement.startDate(),
                "childrenincare.error.beforePlacement", errors);
        LocalDate notifiedOn = pages.optionalDate(form, "notifiedOn", placement.startDate(),
                "childrenincare.error.beforePlacement", errors);
        if (!errors.any() && planOn == null && notifiedOn == null) {
            errors.reject("planOn", "childrenincare.error.followUpEmpty");
        }
        if (!errors.any()) {
            try {
                reviews.recordPlacementFollowUp(id, CarePages.version(form), planOn, notifiedOn);
                redirect.addFlashAttribute("flashSuccess", "childrenincare.followUp.saved");
                return "redirect:/care-periods/" + placement.periodId();
            } catch (IllegalStateException e) {
                errors.reject("planOn", e.getMessage());
            }
        }
        return followUpPage(model, placement, form, errors);
    }

    private PlacementView placement(UUID id) {
        return care.findPlacement(id).map(p -> {
            pages.period(p.periodId());
            return p;
        }).orElseThrow(() -> new NotFoundException("Placement"));
    }

    private String placementPage(Model model, CarePeriodView period, Map<String, String> form, FormErrors errors) {
        model.addAttribute("move", !care.placementsOf(period.id()).isEmpty());
        model.addAttribute("types", PlacementType.values());
        model.addAttribute("providers", PlacementProvider.values());
        model.addAttribute("siblingOptions", SiblingArrangement.values());
        model.addAttribute("reasons", PlacementChangeReason.values());
        model.addAttribute("localAuthorities", LocalAuthority.all());
        return pages.form(model, "placement", period.childId(), period, form, errors);
    }

    private String followUpPage(Model model, PlacementView placement, Map<String, String> form, FormErrors errors) {
        CarePeriodView period = pages.period(placement.periodId());
        model.addAttribute("placement", placement);
        return pages.form(model, "follow-up", period.childId(), period, form, errors);
    }
}
