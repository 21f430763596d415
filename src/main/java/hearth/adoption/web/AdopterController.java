package hearth.adoption.web;

import hearth.adoption.AdopterDetails;
import hearth.adoption.AdopterDisability;
import hearth.adoption.AdopterGender;
import hearth.adoption.AdopterLegalStatus;
import hearth.adoption.AdopterStage;
import hearth.adoption.AdopterView;
import hearth.adoption.ProspectiveAdopters;
import hearth.people.Ethnicity;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.time.LocalDate;
import java.util.Arrays;
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

/**
 * Prospective adopters: the list with each stage and its due date, and the forms for an enquiry, the stages and who
 * is adopting (number, legal status, each adopter's sex or gender, ethnicity and disability, for the returns).
 */
@Controller
class AdopterController {

    private final ProspectiveAdopters adopters;

    AdopterController(ProspectiveAdopters adopters) {
        this.adopters = adopters;
    }

    @GetMapping("/adoption/adopters")
    @RequiresPermission(Permission.VIEW_TEAM_WORK)
    String list(Model model) {
        model.addAttribute("adopters", adopters.all());
        model.addAttribute("today", adopters.today());
        model.addAttribute("canRecord", CurrentUser.require().has(Permission.RECORD_CASE_WORK));
        return "adoption/adopters";
    }

    private static final AdoptionForm.Page NEW = new AdoptionForm.Page("adoption.adopters.new",
            "/adoption/adopters", "/adoption/adopters",
            List.of(AdoptionField.text("adoptersName", true), AdoptionField.date("enquiryOn", false)), null,
            "enquiryOn");

    @GetMapping("/adoption/adopters/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String newForm(Model model) {
        return AdoptionFormPages.render(model, null, NEW, Map.of(), new AdoptionForm(Map.of()));
    }

    @PostMapping("/adoption/adopters")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String enquire(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect) {
        AdoptionForm form = new AdoptionForm(values);
        String name = form.text("adoptersName", 200, true);
        LocalDate on = form.date("enquiryOn", true);
        return AdoptionFormPages.save(model, null, NEW, form, redirect, "adoption.saved", "/adoption/adopters",
                () -> adopters.enquire(name, on));
    }

    private static AdoptionForm.Page stagePage(AdopterView a) {
        return new AdoptionForm.Page("adoption.adopters.stage", "/adoption/adopters/" + a.id() + "/stage",
                "/adoption/adopters",
                List.of(AdoptionField.radios("adopterStage", Arrays.copyOfRange(AdopterStage.values(), 1,
                        AdopterStage.values().length), "adoption.adopterStage."),
                        AdoptionField.date("stageOn", false), AdoptionField.textarea("leftReason", true)),
                a.version(), "adopterStage");
    }

    @GetMapping("/adoption/adopters/{id}/stage")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String stageForm(@PathVariable UUID id, Model model) {
        AdopterView a = adopter(id);
        return AdoptionFormPages.render(model, a.name(), stagePage(a), Map.of(), new AdoptionForm(Map.of()));
    }

    @PostMapping("/adoption/adopters/{id}/stage")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String stage(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        AdopterView a = adopter(id);
        AdoptionForm form = new AdoptionForm(values);
        long version = form.version();
        AdopterStage to = form.choice(AdopterStage.class, "adopterStage");
        LocalDate on = form.date("stageOn", true);
        String reason = form.text("leftReason", 1000, to == AdopterStage.LEFT);
        return AdoptionFormPages.save(model, a.name(), stagePage(a), form, redirect, "adoption.saved",
                "/adoption/adopters", () -> adopters.advance(id, version, to, on, reason));
    }

    private static AdoptionForm.Page detailsPage(AdopterView a) {
        List<AdoptionField> fields = new java.util.ArrayList<>(List.of(
                AdoptionField.radios("adoptersCount", false, new Object[] {"1", "2"}, "adoption.adoptersCount."),
                AdoptionField.radios("legalStatus", true, AdopterLegalStatus.values(), "adoption.legalStatus.")));
        for (String who : List.of("first", "second")) {
            fields.add(AdoptionField.radios(who + "Gender", false, AdopterGender.values(), "adoption.gender."));
            fields.add(AdoptionField.select(who + "Ethnicity", Ethnicity.values(), "ethnicity."));
            fields.add(AdoptionField.radios(who + "Disability", false, AdopterDisability.values(),
                    "adoption.disability."));
        }
        return new AdoptionForm.Page("adoption.adopters.details", "/adoption/adopters/" + a.id() + "/details",
                "/adoption/adopters", fields, a.version(), "legalStatus");
    }

    @GetMapping("/adoption/adopters/{id}/details")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String detailsForm(@PathVariable UUID id, Model model) {
        AdopterView a = adopter(id);
        return AdoptionFormPages.render(model, a.name(), detailsPage(a), AdopterDetailsForm.values(a.details()),
                new AdoptionForm(Map.of()));
    }

    @PostMapping("/adoption/adopters/{id}/details")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String details(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        AdopterView a = adopter(id);
        AdoptionForm form = new AdoptionForm(values);
        long version = form.version();
        AdopterDetails details = AdopterDetailsForm.read(form);
        return AdoptionFormPages.save(model, a.name(), detailsPage(a), form, redirect, "adoption.saved",
                "/adoption/adopters", () -> adopters.describe(id, version, details));
    }

    private AdopterView adopter(UUID id) {
        return adopters.find(id).orElseThrow(() -> new NotFoundException("Prospective adopters"));
    }
}
