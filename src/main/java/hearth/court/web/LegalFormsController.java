package hearth.court.web;

import static hearth.court.web.CourtForm.ATTENDEES;
import static hearth.court.web.CourtForm.LONG;
import static hearth.court.web.CourtForm.REASONS;
import static hearth.court.web.CourtForm.SHORT;

import hearth.court.Court;
import hearth.court.CourtRuleBroken;
import hearth.court.FinalOutcome;
import hearth.court.GatewayDecision;
import hearth.court.HearingType;
import hearth.court.MeetingKind;
import hearth.court.OrderType;
import hearth.court.OrderView;
import hearth.court.PreProceedingsOutcome;
import hearth.court.PreProceedingsView;
import hearth.court.ProceedingsView;
import hearth.people.People;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.platform.web.NotFoundException;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import java.time.LocalDate;
import java.util.List;
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

/**
 * The forms that record the Public Law Outline and care proceedings. Each shows one small GOV.UK form; bad input
 * and refused changes (e.g. a hearing before issue) re-render it with what was typed and a clear message.
 */
@Controller
class LegalFormsController {

    /** What a form page shows: its title, where it posts, its questions and the version it was shown with. */
    record FormPage(String titleKey, String action, List<Field> fields, Long version, String ruleField) {
    }

    private final Court court;
    private final People people;
    private final RecordAccess access;

    LegalFormsController(Court court, People people, RecordAccess access) {
        this.court = court;
        this.people = people;
        this.access = access;
    }

    // ---- Legal gateway and issue (about a child) ---------------------------------------------------------

    private static FormPage gatewayPage(UUID childId) {
        return new FormPage("court.gateway.title", "/children/" + childId + "/legal/gateway",
                List.of(Field.date("meetingDate", true), Field.textarea("attendees", true),
                        Field.radios("decision", GatewayDecision.values(), "court.decision."),
                        Field.textarea("reasons", false)), null, "decision");
    }

    @GetMapping("/children/{id}/legal/gateway")
    @RequiresPermission(Permission.AUTHORISE_ASSESSMENT)
    String gatewayForm(@PathVariable UUID id, Model model) {
        return render(model, child(id), gatewayPage(id), Map.of(), new CourtForm(Map.of()));
    }

    @PostMapping("/children/{id}/legal/gateway")
    @RequiresPermission(Permission.AUTHORISE_ASSESSMENT)
    String gateway(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        PersonSummary child = child(id);
        CourtForm form = new CourtForm(values);
        LocalDate date = form.date("meetingDate", true);
        String attendees = form.text("attendees", ATTENDEES, true);
        GatewayDecision decision = form.choice(GatewayDecision.class, "decision");
        String reasons = form.text("reasons", LONG, true);
        return save(model, child, gatewayPage(id), form, redirect, "court.gateway.saved",
                () -> court.recordGateway(id, date, attendees, decision, reasons));
    }

    private static FormPage issuePage(UUID childId) {
        return new FormPage("court.issue.title", "/children/" + childId + "/legal/issue",
                List.of(Field.date("issuedOn", true), Field.text("court", true), Field.text("caseNumber", false)),
                null, "issuedOn");
    }

    @GetMapping("/children/{id}/legal/issue")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String issueForm(@PathVariable UUID id, Model model) {
        return render(model, child(id), issuePage(id), Map.of(), new CourtForm(Map.of()));
    }

    @PostMapping("/children/{id}/legal/issue")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String issue(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        PersonSummary child = child(id);
        CourtForm form = new CourtForm(values);
        LocalDate date = form.date("issuedOn", true);
        String name = form.text("court", SHORT, true);
        String caseNumber = form.text("caseNumber", 50, true);
        return save(model, child, issuePage(id), form, redirect, "court.issue.saved",
                () -> court.issue(id, date, name, caseNumber));
    }

    // ---- Pre-proceedings ---------------------------------------------------------------------------------

    private static FormPage letterPage(PreProceedingsView pp) {
        return new FormPage("court.letter.title", "/pre-proceedings/" + pp.id() + "/letter",
                List.of(Field.date("letterDate", true)), pp.version(), "letterDate");
    }

    @GetMapping("/pre-proceedings/{id}/letter")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String letterForm(@PathVariable UUID id, Model model) {
        PreProceedingsView pp = preProceedings(id);
        return render(model, child(pp.childId()), letterPage(pp), Map.of(), new CourtForm(Map.of()));
    }

    @PostMapping("/pre-proceedings/{id}/letter")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String letter(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        PreProceedingsView pp = preProceedings(id);
        PersonSummary child = child(pp.childId());
        CourtForm form = new CourtForm(values);
        long version = form.version();
        LocalDate date = form.date("letterDate", true);
        return save(model, child, letterPage(pp), form, redirect, "court.letter.saved",
                () -> court.sendLetter(id, version, date));
    }

    private static FormPage meetingPage(PreProceedingsView pp) {
        return new FormPage("court.meeting.title", "/pre-proceedings/" + pp.id() + "/meeting",
                List.of(Field.radios("meetingKind", MeetingKind.values(), "court.meetingKind."),
                        Field.date("meetingHeldOn", true), Field.textarea("meetingAttendees", true),
                        Field.textarea("progress", true)), null, "meetingHeldOn");
    }

    @GetMapping("/pre-proceedings/{id}/meeting")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String meetingForm(@PathVariable UUID id, Model model) {
        PreProceedingsView pp = preProceedings(id);
        return render(model, child(pp.childId()), meetingPage(pp), Map.of(), new CourtForm(Map.of()));
    }

    @PostMapping("/pre-proceedings/{id}/meeting")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String meeting(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        PreProceedingsView pp = preProceedings(id);
        PersonSummary child = child(pp.childId());
        CourtForm form = new CourtForm(values);
        MeetingKind kind = form.choice(MeetingKind.class, "meetingKind");
        LocalDate date = form.date("meetingHeldOn", true);
        String attendees = form.text("meetingAttendees", ATTENDEES, true);
        String progress = form.text("progress", LONG, true);
        return save(model, child, meetingPage(pp), form, redirect, "court.meeting.saved",
                () -> court.recordMeeting(id, kind, date, attendees, progress));
    }

    private static FormPage familyGroupPage(PreProceedingsView pp) {
        return new FormPage("court.familyGroup.title", "/pre-proceedings/" + pp.id() + "/family-group",
                List.of(Field.date("familyGroupOffered", true), Field.date("familyGroupHeld", true)), pp.version(),
                "familyGroupOffered");
    }

    @GetMapping("/pre-proceedings/{id}/family-group")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String familyGroupForm(@PathVariable UUID id, Model model) {
        PreProceedingsView pp = preProceedings(id);
        return render(model, child(pp.childId()), familyGroupPage(pp), Map.of(), new CourtForm(Map.of()));
    }

    @PostMapping("/pre-proceedings/{id}/family-group")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String familyGroup(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        PreProceedingsView pp = preProceedings(id);
        PersonSummary child = child(pp.childId());
        CourtForm form = new CourtForm(values);
        long version = form.version();
        LocalDate offered = form.date("familyGroupOffered", true);
        LocalDate held = form.date("familyGroupHeld", false);
        return save(model, child, familyGroupPage(pp), form, redirect, "court.familyGroup.saved",
                () -> court.recordFamilyGroup(id, version, offered, held));
    }

    private static FormPage outcomePage(PreProceedingsView pp) {
        return new FormPage("court.outcome.title", "/pre-proceedings/" + pp.id() + "/outcome",
                List.of(Field.radios("outcome", PreProceedingsOutcome.values(), "court.outcome."),
                        Field.date("outcomeDate", true), Field.textarea("outcomeReasons", false)), pp.version(),
                "outcomeDate");
    }

    @GetMapping("/pre-proceedings/{id}/outcome")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String outcomeForm(@PathVariable UUID id, Model model) {
        PreProceedingsView pp = preProceedings(id);
        return render(model, child(pp.childId()), outcomePage(pp), Map.of(), new CourtForm(Map.of()));
    }

    @PostMapping("/pre-proceedings/{id}/outcome")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String outcome(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        PreProceedingsView pp = preProceedings(id);
        PersonSummary child = child(pp.childId());
        CourtForm form = new CourtForm(values);
        long version = form.version();
        PreProceedingsOutcome outcome = form.choice(PreProceedingsOutcome.class, "outcome");
        LocalDate date = form.date("outcomeDate", true);
        String reasons = form.text("outcomeReasons", REASONS, true);
        return save(model, child, outcomePage(pp), form, redirect, "court.outcome.saved",
                () -> court.decide(id, version, outcome, date, reasons));
    }

    // ---- Care proceedings --------------------------------------------------------------------------------

    private static FormPage extensionPage(ProceedingsView p) {
        return new FormPage("court.extension.title", "/proceedings/" + p.id() + "/extension",
                List.of(Field.date("grantedOn", true), Field.text("weeks", true), Field.textarea("extensionReason", true)),
                p.version(), "grantedOn");
    }

    @GetMapping("/proceedings/{id}/extension")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String extensionForm(@PathVariable UUID id, Model model) {
        ProceedingsView p = proceedings(id);
        return render(model, child(p.childId()), extensionPage(p), Map.of(), new CourtForm(Map.of()));
    }

    @PostMapping("/proceedings/{id}/extension")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String extension(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        ProceedingsView p = proceedings(id);
        PersonSummary child = child(p.childId());
        CourtForm form = new CourtForm(values);
        long version = form.version();
        LocalDate granted = form.date("grantedOn", true);
        Integer weeks = form.number("weeks", 1, 8);
        String reason = form.text("extensionReason", REASONS, true);
        return save(model, child, extensionPage(p), form, redirect, "court.extension.saved",
                () -> court.extend(id, version, granted, weeks, reason));
    }

    private static FormPage hearingPage(ProceedingsView p) {
        return new FormPage("court.hearing.title", "/proceedings/" + p.id() + "/hearing",
                List.of(Field.date("hearingDate", true),
                        Field.radios("hearingType", HearingType.values(), "court.hearingType."),
                        Field.textarea("hearingOutcome", true)), null, "hearingDate");
    }

    @GetMapping("/proceedings/{id}/hearing")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String hearingForm(@PathVariable UUID id, Model model) {
        ProceedingsView p = proceedings(id);
        return render(model, child(p.childId()), hearingPage(p), Map.of(), new CourtForm(Map.of()));
    }

    @PostMapping("/proceedings/{id}/hearing")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String hearing(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        ProceedingsView p = proceedings(id);
        PersonSummary child = child(p.childId());
        CourtForm form = new CourtForm(values);
        LocalDate date = form.date("hearingDate", true);
        HearingType type = form.choice(HearingType.class, "hearingType");
        String outcome = form.text("hearingOutcome", REASONS, true);
        return save(model, child, hearingPage(p), form, redirect, "court.hearing.saved",
                () -> court.recordHearing(id, date, type, outcome));
    }

    private static FormPage orderPage(ProceedingsView p) {
        return new FormPage("court.order.title", "/proceedings/" + p.id() + "/order",
                List.of(Field.radios("orderType", OrderType.values(), "court.orderType."), Field.date("madeOn", true)),
                null, "madeOn");
    }

    @GetMapping("/proceedings/{id}/order")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String orderForm(@PathVariable UUID id, Model model) {
        ProceedingsView p = proceedings(id);
        return render(model, child(p.childId()), orderPage(p), Map.of(), new CourtForm(Map.of()));
    }

    @PostMapping("/proceedings/{id}/order")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String order(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        ProceedingsView p = proceedings(id);
        PersonSummary child = child(p.childId());
        CourtForm form = new CourtForm(values);
        OrderType type = form.choice(OrderType.class, "orderType");
        LocalDate date = form.date("madeOn", true);
        return save(model, child, orderPage(p), form, redirect, "court.order.saved",
                () -> court.makeOrder(id, type, date));
    }

    private static FormPage conclusionPage(ProceedingsView p) {
        return new FormPage("court.conclusion.title", "/proceedings/" + p.id() + "/conclusion",
                List.of(Field.radios("finalOutcome", FinalOutcome.values(), "court.finalOutcome."),
                        Field.date("concludedOn", true)), p.version(), "concludedOn");
    }

    @GetMapping("/proceedings/{id}/conclusion")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String conclusionForm(@PathVariable UUID id, Model model) {
        ProceedingsView p = proceedings(id);
        return render(model, child(p.childId()), conclusionPage(p), Map.of(), new CourtForm(Map.of()));
    }

    @PostMapping("/proceedings/{id}/conclusion")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String conclusion(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        ProceedingsView p = proceedings(id);
        PersonSummary child = child(p.childId());
        CourtForm form = new CourtForm(values);
        long version = form.version();
        FinalOutcome outcome = form.choice(FinalOutcome.class, "finalOutcome");
        LocalDate date = form.date("concludedOn", true);
        return save(model, child, conclusionPage(p), form, redirect, "court.conclusion.saved",
                () -> court.conclude(id, version, outcome, date));
    }

    private static FormPage endOrderPage(OrderView o) {
        return new FormPage("court.endOrder.title", "/court-orders/" + o.id() + "/end",
                List.of(Field.date("endedOn", true), Field.textarea("endReason", true)), o.version(), "endedOn");
    }

    @GetMapping("/court-orders/{id}/end")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String endOrderForm(@PathVariable UUID id, Model model) {
        OrderView o = courtOrder(id);
        return render(model, child(o.childId()), endOrderPage(o), Map.of(), new CourtForm(Map.of()));
    }

    @PostMapping("/court-orders/{id}/end")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String endOrder(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        OrderView o = courtOrder(id);
        PersonSummary child = child(o.childId());
        CourtForm form = new CourtForm(values);
        long version = form.version();
        LocalDate date = form.date("endedOn", true);
        String reason = form.text("endReason", 500, true);
        return save(model, child, endOrderPage(o), form, redirect, "court.endOrder.saved",
                () -> court.endOrder(id, version, date, reason));
    }

    // ---- Shared ------------------------------------------------------------------------------------------

    /** Saves unless the form has errors; a change the court records refuse is shown on the form. */
    private String save(Model model, PersonSummary child, FormPage page, CourtForm form, RedirectAttributes redirect,
            String doneKey, Supplier<?> change) {
        if (!form.errors.any()) {
            try {
                change.get();
                redirect.addFlashAttribute("flashSuccess", doneKey);
                return "redirect:/children/" + child.id() + "/legal";
            } catch (CourtRuleBroken e) {
                form.errors.reject(page.ruleField(), e.key());
            }
        }
        return render(model, child, page, form.values, form);
    }

    private String render(Model model, PersonSummary child, FormPage page, Map<String, String> values,
            CourtForm form) {
        model.addAttribute("child", child);
        model.addAttribute("page", page);
        model.addAttribute("values", values);
        model.addAttribute("errors", form.errors);
        model.addAttribute("dates", page.fields().stream().filter(f -> f.kind().equals("date"))
                .collect(java.util.stream.Collectors.toMap(Field::name, f -> CourtForm.parts(values, f.name()))));
        return "court/form";
    }

    private PersonSummary child(UUID id) {
        PersonSummary person = people.find(id).filter(p -> p.kind() == PersonKind.CHILD)
                .orElseThrow(() -> new NotFoundException("Child"));
        access.require(id);
        return person;
    }

    private PreProceedingsView preProceedings(UUID id) {
        return court.findPreProceedings(id).orElseThrow(() -> new NotFoundException("Pre-proceedings"));
    }

    private ProceedingsView proceedings(UUID id) {
        return court.findProceedings(id).orElseThrow(() -> new NotFoundException("Care proceedings"));
    }

    private OrderView courtOrder(UUID id) {
        return court.findOrder(id).orElseThrow(() -> new NotFoundException("Court order"));
    }
}
