package hearth.frontdoor.web;

import hearth.audit.AuditTrail;
import hearth.frontdoor.ContactView;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.InformationRequestView;
import hearth.frontdoor.PartnerAgency;
import hearth.frontdoor.PartnerInformation;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Asking partner agencies for information about a contact, and recording what they said. */
@Controller
class InformationRequestController {

    static final int MAX_FROM = 200;
    static final int MAX_QUESTION = 2000;
    static final int MAX_RESPONSE = 4000;

    private final FrontDoor frontDoor;
    private final PartnerInformation partners;
    private final RecordAccess access;
    private final ContactPage page;
    private final AuditTrail audit;
    private final Clock clock;

    InformationRequestController(FrontDoor frontDoor, PartnerInformation partners, RecordAccess access,
            ContactPage page, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.frontDoor = frontDoor;
        this.partners = partners;
        this.access = access;
        this.page = page;
        this.clock = clock;
    }

    @PostMapping("/contacts/{id}/requests")
    @RequiresPermission(Permission.RECORD_CONTACT)
    String request(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        ContactView contact = contact(id);
        FormErrors errors = new FormErrors();
        PartnerAgency agency = null;
        try {
            agency = PartnerAgency.valueOf(form.getOrDefault("agency", ""));
        } catch (IllegalArgumentException e) {
            errors.reject("agency", "frontdoor.error.agency");
        }
        String from = errors.text(form, "requestedFrom", MAX_FROM, true, "frontdoor.error", "frontdoor.error.tooLong");
        String question = errors.text(form, "question", MAX_QUESTION, true, "frontdoor.error",
                "frontdoor.error.tooLong");
        if (errors.any()) {
            return page.render(model, contact, form, errors);
        }
        partners.request(id, agency, from, question, clock.instant());
        redirect.addFlashAttribute("flashSuccess", "frontdoor.requests.saved");
        return "redirect:/contacts/" + id + "#requests";
    }

    @GetMapping("/contacts/{id}/requests/{requestId}/response")
    @RequiresPermission(Permission.RECORD_CONTACT)
    String answerForm(@PathVariable UUID id, @PathVariable UUID requestId, Model model) {
        return answerPage(model, contact(id), request(id, requestId), Map.of(), new FormErrors());
    }

    @PostMapping("/contacts/{id}/requests/{requestId}/response")
    @RequiresPermission(Permission.RECORD_CONTACT)
    String answer(@PathVariable UUID id, @PathVariable UUID requestId, @RequestParam Map<String, String> form,
            Model model, RedirectAttributes redirect) {
        ContactView contact = contact(id);
        InformationRequestView request = request(id, requestId);
        FormErrors errors = new FormErrors();
        String response = errors.text(form, "response", MAX_RESPONSE, true, "frontdoor.error",
                "frontdoor.error.tooLong");
        String by = errors.text(form, "respondedBy", MAX_FROM, true, "frontdoor.error", "frontdoor.error.tooLong");
        long version;
        try {
            version = Long.parseLong(form.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The form was incomplete; please start again");
        }
        if (errors.any()) {
            return answerPage(model, contact, request, form, errors);
        }
        if (request.answered() || request.version() != version) {
            errors.reject("response", "frontdoor.requests.conflict");
            return answerPage(model, contact, partners.find(requestId), form, errors);
        }
        try {
            partners.answer(requestId, version, response, by, clock.instant());
        } catch (ObjectOptimisticLockingFailureException e) {
            errors.reject("response", "frontdoor.requests.conflict");
            return answerPage(model, contact, partners.find(requestId), form, errors);
        }
        redirect.addFlashAttribute("flashSuccess", "frontdoor.requests.answered");
        return "redirect:/contacts/" + id + "#requests";
    }

    private String answerPage(Model model, ContactView contact, InformationRequestView request,
            Map<String, String> form, FormErrors errors) {
        audit.viewed(contact.childId(), "information request");
        model.addAttribute("contact", contact);
        model.addAttribute("request", new ContactPage.RequestRow(request, ContactPage.when(request.requestedAt()),
                ContactPage.when(request.respondedAt())));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "frontdoor/response";
    }

    private InformationRequestView request(UUID contactId, UUID requestId) {
        InformationRequestView request = partners.find(requestId);
        if (!request.contactId().equals(contactId)) {
            throw new NotFoundException("Request");
        }
        return request;
    }

    private ContactView contact(UUID id) {
        ContactView contact = frontDoor.find(id).orElseThrow(() -> new NotFoundException("Contact"));
        access.require(contact.childId());
        return contact;
    }
}
