package hearth.fostering.web;

import hearth.fostering.FosterCarers;
import hearth.fostering.HouseholdRecordKind;
import hearth.fostering.HouseholdStage;
import hearth.fostering.HouseholdView;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
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

/** Foster carer households: the list with stages and reviews due, a household's page, and the forms. */
@Controller
class FosterHouseholdController {

    private final FosterCarers carers;

    FosterHouseholdController(FosterCarers carers) {
        this.carers = carers;
    }

    @GetMapping("/fostering")
    @RequiresPermission(Permission.VIEW_TEAM_WORK)
    String list(Model model) {
        model.addAttribute("households", carers.all());
        model.addAttribute("today", carers.today());
        model.addAttribute("canRecord", CurrentUser.require().has(Permission.RECORD_CASE_WORK));
        return "fostering/households";
    }

    @GetMapping("/fostering/households/{id}")
    @RequiresPermission(Permission.VIEW_TEAM_WORK)
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("h", household(id));
        model.addAttribute("today", carers.today());
        model.addAttribute("canRecord", CurrentUser.require().has(Permission.RECORD_CASE_WORK));
        return "fostering/household";
    }

    private static final CarerForm.Page NEW = new CarerForm.Page("fostering.household.new", "/fostering/households",
            "/fostering", List.of(CarerField.text("householdName", true), CarerField.text("address", false),
                    CarerField.date("enquiryOn", false)), null, "enquiryOn");

    @GetMapping("/fostering/households/new")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String newForm(Model model) {
        return CarerFormPages.render(model, null, NEW, Map.of(), new CarerForm(Map.of()));
    }

    @PostMapping("/fostering/households")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String enquire(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect) {
        CarerForm form = new CarerForm(values);
        String name = form.text("householdName", 200, true);
        String address = form.text("address", 500, false);
        LocalDate on = form.date("enquiryOn", true);
        return CarerFormPages.save(model, null, NEW, form, redirect, "fostering.household.saved", "/fostering",
                () -> carers.enquire(name, address, on));
    }

    private static CarerForm.Page stagePage(HouseholdView h) {
        return new CarerForm.Page("fostering.stage.title", "/fostering/households/" + h.id() + "/stage",
                "/fostering/households/" + h.id(),
                List.of(CarerField.radios("stage", new HouseholdStage[] {HouseholdStage.ASSESSMENT,
                        HouseholdStage.PANEL, HouseholdStage.APPROVED, HouseholdStage.LEFT}, "fostering.stage."),
                        CarerField.date("stageOn", false), CarerField.text("terms", true),
                        CarerField.text("places", true), CarerField.textarea("leftReason", true)),
                h.version(), "stage");
    }

    @GetMapping("/fostering/households/{id}/stage")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String stageForm(@PathVariable UUID id, Model model) {
        HouseholdView h = household(id);
        return CarerFormPages.render(model, h.name(), stagePage(h), Map.of(), new CarerForm(Map.of()));
    }

    @PostMapping("/fostering/households/{id}/stage")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String stage(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        HouseholdView h = household(id);
        CarerForm form = new CarerForm(values);
        long version = form.version();
        HouseholdStage to = form.choice(HouseholdStage.class, "stage");
        LocalDate on = form.date("stageOn", true);
        String terms = form.text("terms", 500, to == HouseholdStage.APPROVED);
        Integer places = form.number("places", 1, 6, to == HouseholdStage.APPROVED);
        String reason = form.text("leftReason", 1000, to == HouseholdStage.LEFT);
        return CarerFormPages.save(model, h.name(), stagePage(h), form, redirect, "fostering.stage.saved",
                "/fostering/households/" + id, () -> carers.advance(id, version, to, on, terms, places, reason));
    }

    private static CarerForm.Page recordPage(HouseholdView h) {
        return new CarerForm.Page("fostering.record.title", "/fostering/households/" + h.id() + "/record",
                "/fostering/households/" + h.id(),
                List.of(CarerField.radios("kind", HouseholdRecordKind.values(), "fostering.kind."),
                        CarerField.date("recordOn", false), CarerField.textarea("details", true),
                        CarerField.radios("toPanel", new String[] {"yes", "no"}, "fostering.yesNo.")),
                null, "kind");
    }

    @GetMapping("/fostering/households/{id}/record")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String recordForm(@PathVariable UUID id, Model model) {
        HouseholdView h = household(id);
        return CarerFormPages.render(model, h.name(), recordPage(h), Map.of(), new CarerForm(Map.of()));
    }

    @PostMapping("/fostering/households/{id}/record")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String record(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        HouseholdView h = household(id);
        CarerForm form = new CarerForm(values);
        HouseholdRecordKind kind = form.choice(HouseholdRecordKind.class, "kind");
        LocalDate on = form.date("recordOn", true);
        String details = form.text("details", 4000, true);
        boolean toPanel = "yes".equals(values.get("toPanel"));
        return CarerFormPages.save(model, h.name(), recordPage(h), form, redirect, "fostering.record.saved",
                "/fostering/households/" + id, () -> carers.record(id, kind, on, details, toPanel));
    }

    private HouseholdView household(UUID id) {
        return carers.find(id).orElseThrow(() -> new NotFoundException("Household"));
    }
}
