package hearth.careleavers.web;

import hearth.careleavers.EntitlementRequestView;
import hearth.careleavers.EntitlementView;
import hearth.careleavers.LocalOffer;
import hearth.people.PersonSummary;
import hearth.platform.web.FormErrors;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The local offer: a request recorded by the adviser, a manager's decision, and the consistency view. */
@Controller
class LocalOfferController {

    private static final int MAX_TEXT = 4000;

    private final LocalOffer offer;
    private final LeaverPages pages;

    LocalOfferController(LocalOffer offer, LeaverPages pages) {
        this.offer = offer;
        this.pages = pages;
    }

    @GetMapping("/care-leavers/local-offer")
    @RequiresPermission(Permission.ALLOCATE_CASES)
    String consistency(Model model) {
        model.addAttribute("tallies", offer.consistency());
        model.addAttribute("entitlements", offer.entitlements());
        return "careleavers/local-offer";
    }

    @GetMapping("/care-leavers/{id}/requests/new")
    @RequiresPermission(Permission.ADVISE_CARE_LEAVER)
    String requestForm(@PathVariable UUID id, Model model) {
        return requestPage(model, pages.child(id), Map.of(), new FormErrors());
    }

    @PostMapping("/care-leavers/{id}/requests/new")
    @RequiresPermission(Permission.ADVISE_CARE_LEAVER)
    String request(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        PersonSummary child = pages.child(id);
        FormErrors errors = new FormErrors();
        String entitlement = form.getOrDefault("entitlement", "");
        if (offer.entitlements().stream().noneMatch(e -> e.active() && e.code().equals(entitlement))) {
            errors.reject("entitlement", "careleavers.error.entitlement");
        }
        LocalDate on = pages.date(form, "requestedOn", errors);
        String detail = errors.text(form, "detail", MAX_TEXT, false, "careleavers.error", "careleavers.error.tooLong");
        if (errors.any() || !LeaverPages.attempt(() -> offer.request(id, entitlement, on, detail), "entitlement",
                errors)) {
            return requestPage(model, child, form, errors);
        }
        return "redirect:/care-leavers/" + id;
    }

    private String requestPage(Model model, PersonSummary child, Map<String, String> form, FormErrors errors) {
        model.addAttribute("child", child);
        model.addAttribute("entitlements", offer.entitlements().stream().filter(EntitlementView::active).toList());
        model.addAttribute("form", form);
        model.addAttribute("dates", LeaverPages.dates(form, "requestedOn"));
        model.addAttribute("errors", errors);
        return "careleavers/request";
    }

    @GetMapping("/local-offer-requests/{id}/decision")
    @RequiresPermission(Permission.ALLOCATE_CASES)
    String decisionForm(@PathVariable UUID id, Model model) {
        EntitlementRequestView request = offer.find(id);
        return decisionPage(model, request, Map.of("version", String.valueOf(request.version())), new FormErrors());
    }

    @PostMapping("/local-offer-requests/{id}/decision")
    @RequiresPermission(Permission.ALLOCATE_CASES)
    String decide(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        EntitlementRequestView request = offer.find(id);
        FormErrors errors = new FormErrors();
        Boolean granted = LeaverPages.yesNo(form, "granted", errors);
        String reason = errors.text(form, "reason", MAX_TEXT, true, "careleavers.error", "careleavers.error.tooLong");
        long version = LeaverPages.version(form);
        if (errors.any() || !LeaverPages.attempt(() -> offer.decide(id, version, granted, reason, pages.today()),
                "granted", errors)) {
            return decisionPage(model, request, form, errors);
        }
        return "redirect:/care-leavers/" + request.childId();
    }

    private String decisionPage(Model model, EntitlementRequestView request, Map<String, String> form,
            FormErrors errors) {
        model.addAttribute("child", pages.child(request.childId()));
        model.addAttribute("request", request);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "careleavers/decision";
    }
}
