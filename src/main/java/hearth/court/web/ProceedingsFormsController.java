package hearth.court.web;

import static hearth.court.web.CourtForm.REASONS;

import hearth.court.Court;
import hearth.court.FinalOutcome;
import hearth.court.HearingType;
import hearth.court.OrderType;
import hearth.court.OrderView;
import hearth.court.ProceedingsView;
import hearth.people.PersonSummary;
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

/**
 * The forms of care proceedings: extensions, hearings, orders, the final outcome and an order ending. Each shows one
 * small GOV.UK form; bad input and refused changes re-render it with what was typed and a clear message.
 */
@Controller
class ProceedingsFormsController {

    private final Court court;
    private final LegalForms forms;

    ProceedingsFormsController(Court court, LegalForms forms) {
        this.court = court;
        this.forms = forms;
    }

    // ---- Care proceedings --------------------------------------------------------------------------------

    private static LegalFormPage extensionPage(ProceedingsView p) {
        return new LegalFormPage("court.extension.title", "/proceedings/" + p.id() + "/extension",
                List.of(Field.date("grantedOn", true), Field.text("weeks", true), Field.textarea("extensionReason", true)),
                p.version(), "grantedOn");
    }

    @GetMapping("/proceedings/{id}/extension")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String extensionForm(@PathVariable UUID id, Model model) {
        ProceedingsView p = forms.proceedings(id);
        return forms.render(model, forms.child(p.childId()), extensionPage(p), Map.of(), new CourtForm(Map.of()));
    }

    @PostMapping("/proceedings/{id}/extension")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String extension(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        ProceedingsView p = forms.proceedings(id);
        PersonSummary child = forms.child(p.childId());
        CourtForm form = new CourtForm(values);
        long version = form.version();
        LocalDate granted = form.date("grantedOn", true);
        Integer weeks = form.number("weeks", 1, 8);
        String reason = form.text("extensionReason", REASONS, true);
        return forms.save(model, child, extensionPage(p), form, redirect, "court.extension.saved",
                () -> court.extend(id, version, granted, weeks, reason));
    }

    private static LegalFormPage hearingPage(ProceedingsView p) {
        return new LegalFormPage("court.hearing.title", "/proceedings/" + p.id() + "/hearing",
                List.of(Field.date("hearingDate", true),
                        Field.radios("hearingType", HearingType.values(), "court.hearingType."),
                        Field.textarea("hearingOutcome", true)), null, "hearingDate");
    }

    @GetMapping("/proceedings/{id}/hearing")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String hearingForm(@PathVariable UUID id, Model model) {
        ProceedingsView p = forms.proceedings(id);
        return forms.render(model, forms.child(p.childId()), hearingPage(p), Map.of(), new CourtForm(Map.of()));
    }

    @PostMapping("/proceedings/{id}/hearing")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String hearing(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        ProceedingsView p = forms.proceedings(id);
        PersonSummary child = forms.child(p.childId());
        CourtForm form = new CourtForm(values);
        LocalDate date = form.date("hearingDate", true);
        HearingType type = form.choice(HearingType.class, "hearingType");
        String outcome = form.text("hearingOutcome", REASONS, true);
        return forms.save(model, child, hearingPage(p), form, redirect, "court.hearing.saved",
                () -> court.recordHearing(id, date, type, outcome));
    }

    private static LegalFormPage orderPage(ProceedingsView p) {
        return new LegalFormPage("court.order.title", "/proceedings/" + p.id() + "/order",
                List.of(Field.radios("orderType", OrderType.values(), "court.orderType."), Field.date("madeOn", true)),
                null, "madeOn");
    }

    @GetMapping("/proceedings/{id}/order")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String orderForm(@PathVariable UUID id, Model model) {
        ProceedingsView p = forms.proceedings(id);
        return forms.render(model, forms.child(p.childId()), orderPage(p), Map.of(), new CourtForm(Map.of()));
    }

    @PostMapping("/proceedings/{id}/order")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String order(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        ProceedingsView p = forms.proceedings(id);
        PersonSummary child = forms.child(p.childId());
        CourtForm form = new CourtForm(values);
        OrderType type = form.choice(OrderType.class, "orderType");
        LocalDate date = form.date("madeOn", true);
        return forms.save(model, child, orderPage(p), form, redirect, "court.order.saved",
                () -> court.makeOrder(id, type, date));
    }

    private static LegalFormPage conclusionPage(ProceedingsView p) {
        return new LegalFormPage("court.conclusion.title", "/proceedings/" + p.id() + "/conclusion",
                List.of(Field.radios("finalOutcome", FinalOutcome.values(), "court.finalOutcome."),
                        Field.date("concludedOn", true)), p.version(), "concludedOn");
    }

    @GetMapping("/proceedings/{id}/conclusion")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String conclusionForm(@PathVariable UUID id, Model model) {
        ProceedingsView p = forms.proceedings(id);
        return forms.render(model, forms.child(p.childId()), conclusionPage(p), Map.of(), new CourtForm(Map.of()));
    }

    @PostMapping("/proceedings/{id}/conclusion")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String conclusion(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        ProceedingsView p = forms.proceedings(id);
        PersonSummary child = forms.child(p.childId());
        CourtForm form = new CourtForm(values);
        long version = form.version();
        FinalOutcome outcome = form.choice(FinalOutcome.class, "finalOutcome");
        LocalDate date = form.date("concludedOn", true);
        return forms.save(model, child, conclusionPage(p), form, redirect, "court.conclusion.saved",
                () -> court.conclude(id, version, outcome, date));
    }

    private static LegalFormPage endOrderPage(OrderView o) {
        return new LegalFormPage("court.endOrder.title", "/court-orders/" + o.id() + "/end",
                List.of(Field.date("endedOn", true), Field.textarea("endReason", true)), o.version(), "endedOn");
    }

    @GetMapping("/court-orders/{id}/end")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String endOrderForm(@PathVariable UUID id, Model model) {
        OrderView o = forms.courtOrder(id);
        return forms.render(model, forms.child(o.childId()), endOrderPage(o), Map.of(), new CourtForm(Map.of()));
    }

    @PostMapping("/court-orders/{id}/end")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String endOrder(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        OrderView o = forms.courtOrder(id);
        PersonSummary child = forms.child(o.childId());
        CourtForm form = new CourtForm(values);
        long version = form.version();
        LocalDate date = form.date("endedOn", true);
        String reason = form.text("endReason", 500, true);
        return forms.save(model, child, endOrderPage(o), form, redirect, "court.endOrder.saved",
                () -> court.endOrder(id, version, date, reason));
    }
}
