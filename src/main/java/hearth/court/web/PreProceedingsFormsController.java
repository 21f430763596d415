package hearth.court.web;

import static hearth.court.web.CourtForm.ATTENDEES;
import static hearth.court.web.CourtForm.LONG;
import static hearth.court.web.CourtForm.REASONS;

import hearth.court.Court;
import hearth.court.MeetingKind;
import hearth.court.PreProceedingsOutcome;
import hearth.court.PreProceedingsView;
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
 * The forms of pre-proceedings under the Public Law Outline: the letter, meetings, family group decision-making and the decision. Each shows one small GOV.UK form; bad input and refused changes re-render it with what was typed and a
 * clear message.
 */
@Controller
class PreProceedingsFormsController {

    private final Court court;
    private final LegalForms forms;

    PreProceedingsFormsController(Court court, LegalForms forms) {
        this.court = court;
        this.forms = forms;
    }

    // ---- Pre-proceedings ---------------------------------------------------------------------------------

    private static LegalFormPage letterPage(PreProceedingsView pp) {
        return new LegalFormPage("court.letter.title", "/pre-proceedings/" + pp.id() + "/letter",
                List.of(Field.date("letterDate", true)), pp.version(), "letterDate");
    }

    @GetMapping("/pre-proceedings/{id}/letter")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String letterForm(@PathVariable UUID id, Model model) {
        PreProceedingsView pp = forms.preProceedings(id);
        return forms.render(model, forms.child(pp.childId()), letterPage(pp), Map.of(), new CourtForm(Map.of()));
    }

    @PostMapping("/pre-proceedings/{id}/letter")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String letter(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        PreProceedingsView pp = forms.preProceedings(id);
        PersonSummary child = forms.child(pp.childId());
        CourtForm form = new CourtForm(values);
        long version = form.version();
        LocalDate date = form.date("letterDate", true);
        return forms.save(model, child, letterPage(pp), form, redirect, "court.letter.saved",
                () -> court.sendLetter(id, version, date));
    }

    private static LegalFormPage meetingPage(PreProceedingsView pp) {
        return new LegalFormPage("court.meeting.title", "/pre-proceedings/" + pp.id() + "/meeting",
                List.of(Field.radios("meetingKind", MeetingKind.values(), "court.meetingKind."),
                        Field.date("meetingHeldOn", true), Field.textarea("meetingAttendees", true),
                        Field.textarea("progress", true)), null, "meetingHeldOn");
    }

    @GetMapping("/pre-proceedings/{id}/meeting")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String meetingForm(@PathVariable UUID id, Model model) {
        PreProceedingsView pp = forms.preProceedings(id);
        return forms.render(model, forms.child(pp.childId()), meetingPage(pp), Map.of(), new CourtForm(Map.of()));
    }

    @PostMapping("/pre-proceedings/{id}/meeting")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String meeting(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        PreProceedingsView pp = forms.preProceedings(id);
        PersonSummary child = forms.child(pp.childId());
        CourtForm form = new CourtForm(values);
        MeetingKind kind = form.choice(MeetingKind.class, "meetingKind");
        LocalDate date = form.date("meetingHeldOn", true);
        String attendees = form.text("meetingAttendees", ATTENDEES, true);
        String progress = form.text("progress", LONG, true);
        return forms.save(model, child, meetingPage(pp), form, redirect, "court.meeting.saved",
                () -> court.recordMeeting(id, kind, date, attendees, progress));
    }

    private static LegalFormPage familyGroupPage(PreProceedingsView pp) {
        return new LegalFormPage("court.familyGroup.title", "/pre-proceedings/" + pp.id() + "/family-group",
                List.of(Field.date("familyGroupOffered", true), Field.date("familyGroupHeld", true)), pp.version(),
                "familyGroupOffered");
    }

    @GetMapping("/pre-proceedings/{id}/family-group")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String familyGroupForm(@PathVariable UUID id, Model model) {
        PreProceedingsView pp = forms.preProceedings(id);
        return forms.render(model, forms.child(pp.childId()), familyGroupPage(pp), Map.of(), new CourtForm(Map.of()));
    }

    @PostMapping("/pre-proceedings/{id}/family-group")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String familyGroup(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        PreProceedingsView pp = forms.preProceedings(id);
        PersonSummary child = forms.child(pp.childId());
        CourtForm form = new CourtForm(values);
        long version = form.version();
        LocalDate offered = form.date("familyGroupOffered", true);
        LocalDate held = form.date("familyGroupHeld", false);
        return forms.save(model, child, familyGroupPage(pp), form, redirect, "court.familyGroup.saved",
                () -> court.recordFamilyGroup(id, version, offered, held));
    }

    private static LegalFormPage outcomePage(PreProceedingsView pp) {
        return new LegalFormPage("court.outcome.title", "/pre-proceedings/" + pp.id() + "/outcome",
                List.of(Field.radios("outcome", PreProceedingsOutcome.values(), "court.outcome."),
                        Field.date("outcomeDate", true), Field.textarea("outcomeReasons", false)), pp.version(),
                "outcomeDate");
    }

    @GetMapping("/pre-proceedings/{id}/outcome")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String outcomeForm(@PathVariable UUID id, Model model) {
        PreProceedingsView pp = forms.preProceedings(id);
        return forms.render(model, forms.child(pp.childId()), outcomePage(pp), Map.of(), new CourtForm(Map.of()));
    }

    @PostMapping("/pre-proceedings/{id}/outcome")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String outcome(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        PreProceedingsView pp = forms.preProceedings(id);
        PersonSummary child = forms.child(pp.childId());
        CourtForm form = new CourtForm(values);
        long version = form.version();
        PreProceedingsOutcome outcome = form.choice(PreProceedingsOutcome.class, "outcome");
        LocalDate date = form.date("outcomeDate", true);
        String reasons = form.text("outcomeReasons", REASONS, true);
        return forms.save(model, child, outcomePage(pp), form, redirect, "court.outcome.saved",
                () -> court.decide(id, version, outcome, date, reasons));
    }
}
