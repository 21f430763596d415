package hearth.childprotection.web;

import hearth.childprotection.ChildProtection;
import hearth.childprotection.ConferenceKind;
import hearth.childprotection.ConferenceView;
import hearth.childprotection.EnquiryFindings;
import hearth.childprotection.EnquiryOutcome;
import hearth.childprotection.EnquiryStatus;
import hearth.childprotection.EnquiryView;
import hearth.childprotection.NewConference;
import hearth.people.PersonSummary;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A section 47 enquiry: its outcome, a manager's authorisation, and the initial conference that follows. */
@Controller
class EnquiryController {

    private final ChildProtection childProtection;
    private final Pages pages;

    EnquiryController(ChildProtection childProtection, Pages pages) {
        this.childProtection = childProtection;
        this.pages = pages;
    }

    @GetMapping("/section-47/{id}")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String show(@PathVariable UUID id, Model model) {
        return page(model, find(id), Map.of(), new FormErrors());
    }

    @PostMapping("/section-47/{id}/outcome")
    @RequiresPermission(Permission.RECORD_CASE_WORK)
    String outcome(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        EnquiryView e = find(id);
        pages.open(e.childId(), "section 47 enquiry", model);
        long version = Forms.version(form);
        Forms f = new Forms(form, pages.today());
        Boolean seen = f.yesNo("childSeen");
        Boolean alone = Boolean.TRUE.equals(seen) ? f.yesNo("seenAlone") : Boolean.FALSE;
        LocalDate seenOn = Boolean.TRUE.equals(seen) ? f.date("seenOn", true, e.startDate()) : null;
        String findings = f.text("findings", Forms.LONG, true);
        EnquiryOutcome outcome = f.choice(EnquiryOutcome.class, "outcome", true);
        String reason = f.text("outcomeReason", 2000, outcome != null && outcome.needsReason());
        if (f.errors().any()) {
            return page(model, e, form, f.errors());
        }
        childProtection.recordEnquiryOutcome(id, version, new EnquiryFindings(seen, alone, seenOn, findings, outcome,
                reason));
        redirect.addFlashAttribute("flashSuccess", "childprotection.enquiry.outcomeRecorded");
        return "redirect:/section-47/" + id;
    }

    @PostMapping("/section-47/{id}/authorise")
    @RequiresPermission(Permission.AUTHORISE_ASSESSMENT)
    String authorise(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        EnquiryView e = find(id);
        pages.open(e.childId(), "section 47 enquiry", model);
        childProtection.authoriseEnquiry(id, Forms.version(form));
        redirect.addFlashAttribute("flashSuccess", "childprotection.enquiry.authorised");
        return "redirect:/section-47/" + id;
    }

    @GetMapping("/section-47/{id}/conference/new")
    @RequiresPermission(Permission.CHAIR_CONFERENCE)
    String newConference(@PathVariable UUID id, Model model) {
        EnquiryView e = awaitingConference(id, model);
        return ConferenceForm.show(model, ConferenceKind.INITIAL, "/section-47/" + e.id() + "/conference/new",
                Map.of(), new FormErrors());
    }

    @PostMapping("/section-47/{id}/conference/new")
    @RequiresPermission(Permission.CHAIR_CONFERENCE)
    String holdConference(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        EnquiryView e = awaitingConference(id, model);
        Forms f = new Forms(form, pages.today());
        NewConference c = ConferenceForm.read(f, ConferenceKind.INITIAL, e.startDate());
        if (c == null) {
            return ConferenceForm.show(model, ConferenceKind.INITIAL, "/section-47/" + id + "/conference/new", form,
                    f.errors());
        }
        ConferenceView held = childProtection.holdInitialConference(id, c);
        redirect.addFlashAttribute("flashSuccess", held.planId() != null ? "childprotection.conference.planStarted"
                : "childprotection.conference.recorded");
        return held.planId() != null ? "redirect:/cp-plans/" + held.planId() : "redirect:/cp-conferences/" + held.id();
    }

    private EnquiryView awaitingConference(UUID id, Model model) {
        EnquiryView e = find(id);
        PersonSummary child = pages.open(e.childId(), "initial child protection conference", model);
        if (!e.awaitsConference() || childProtection.conferencesFor(e.childId()).stream()
                .anyMatch(c -> id.equals(c.enquiryId()))) {
            throw new IllegalStateException("This enquiry is not waiting for an initial conference");
        }
        model.addAttribute("preBirth", child.unborn());
        model.addAttribute("enquiry", e);
        return e;
    }

    private EnquiryView find(UUID id) {
        return childProtection.findEnquiry(id).orElseThrow(() -> new NotFoundException("Section 47 enquiry"));
    }

    private String page(Model model, EnquiryView e, Map<String, String> form, FormErrors errors) {
        pages.open(e.childId(), "section 47 enquiry", model);
        model.addAttribute("enquiry", e);
        model.addAttribute("discussion", childProtection.strategyDiscussion(e.strategyDiscussionId()).orElse(null));
        ConferenceView conference = childProtection.conferencesFor(e.childId()).stream()
                .filter(c -> e.id().equals(c.enquiryId())).findFirst().orElse(null);
        model.addAttribute("conference", conference);
        model.addAttribute("clock", e.obligationId() == null ? null : childProtection.openClocks(e.childId()).stream()
                .filter(o -> o.id().equals(e.obligationId())).findFirst().orElse(null));
        model.addAttribute("canRecord", e.status() != EnquiryStatus.AUTHORISED && Pages.can(Permission.RECORD_CASE_WORK));
        model.addAttribute("canAuthorise", e.status() == EnquiryStatus.AWAITING_AUTHORISATION
                && Pages.can(Permission.AUTHORISE_ASSESSMENT));
        model.addAttribute("ownOutcome", CurrentUser.username().equals(e.outcomeBy()));
        model.addAttribute("canConference", e.awaitsConference() && conference == null
                && Pages.can(Permission.CHAIR_CONFERENCE));
        model.addAttribute("outcomes", EnquiryOutcome.values());
        model.addAttribute("seenOn", Forms.parts(form, "seenOn"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "childprotection/enquiry";
    }
}
