package hearth.court.web;

import static hearth.court.web.CourtForm.ATTENDEES;
import static hearth.court.web.CourtForm.LONG;
import static hearth.court.web.CourtForm.SHORT;

import hearth.court.Court;
import hearth.court.GatewayDecision;
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
 * The forms about a child: the legal gateway decision and issuing care proceedings. Each shows one small GOV.UK form; bad input and refused changes re-render it with what was typed and a
 * clear message.
 */
@Controller
class LegalGatewayFormsController {

    private final Court court;
    private final LegalForms forms;

    LegalGatewayFormsController(Court court, LegalForms forms) {
        this.court = court;
        this.forms = forms;
    }

    // ---- Legal gateway and issue (about a child) ---------------------------------------------------------

    private static LegalFormPage gatewayPage(UUID childId) {
        return new LegalFormPage("court.gateway.title", "/children/" + childId + "/legal/gateway",
                List.of(Field.date("meetingDate", true), Field.textarea("attendees", true),
                        Field.radios("decision", GatewayDecision.values(), "court.decision."),
                        Field.textarea("reasons", false)), null, "decision");
    }

    @GetMapping("/children/{id}/legal/gateway")
    @RequiresPermission(Permission.AUTHORISE_ASSESSMENT)
    String gatewayForm(@PathVariable UUID id, Model model) {
        return forms.render(model, forms.child(id), gatewayPage(id), Map.of(), new CourtForm(Map.of()));
    }

    @PostMapping("/children/{id}/legal/gateway")
    @RequiresPermission(Permission.AUTHORISE_ASSESSMENT)
    String gateway(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        PersonSummary child = forms.child(id);
        CourtForm form = new CourtForm(values);
        LocalDate date = form.date("meetingDate", true);
        String attendees = form.text("attendees", ATTENDEES, true);
        GatewayDecision decision = form.choice(GatewayDecision.class, "decision");
        String reasons = form.text("reasons", LONG, true);
        return forms.save(model, child, gatewayPage(id), form, redirect, "court.gateway.saved",
                () -> court.recordGateway(id, date, attendees, decision, reasons));
    }

    private static LegalFormPage issuePage(UUID childId) {
        return new LegalFormPage("court.issue.title", "/children/" + childId + "/legal/issue",
                List.of(Field.date("issuedOn", true), Field.text("court", true), Field.text("caseNumber", false)),
                null, "issuedOn");
    }

    @GetMapping("/children/{id}/legal/issue")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String issueForm(@PathVariable UUID id, Model model) {
        return forms.render(model, forms.child(id), issuePage(id), Map.of(), new CourtForm(Map.of()));
    }

    @PostMapping("/children/{id}/legal/issue")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String issue(@PathVariable UUID id, @RequestParam Map<String, String> values, Model model,
            RedirectAttributes redirect) {
        PersonSummary child = forms.child(id);
        CourtForm form = new CourtForm(values);
        LocalDate date = form.date("issuedOn", true);
        String name = form.text("court", SHORT, true);
        String caseNumber = form.text("caseNumber", 50, true);
        return forms.save(model, child, issuePage(id), form, redirect, "court.issue.saved",
                () -> court.issue(id, date, name, caseNumber));
    }
}
