package hearth.frontdoor.web;

import hearth.audit.AuditTrail;
import hearth.frontdoor.ContactView;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.InformationRequestView;
import hearth.frontdoor.PartnerAgency;
import hearth.frontdoor.PartnerInformation;
import hearth.frontdoor.ReferralView;
import hearth.frontdoor.ThresholdDecision;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.timescales.Due;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The contact page: the contact, the siblings it was recorded with, partner agencies' information, the child's
 * front-door history (with the last closure), and the forms a user may act with. Refuses a child out of reach.
 */
@Component
class ContactPage {

    private final FrontDoor frontDoor;
    private final PartnerInformation partners;
    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;

    ContactPage(FrontDoor frontDoor, PartnerInformation partners, People people, RecordAccess access,
            AuditTrail audit) {
        this.frontDoor = frontDoor;
        this.partners = partners;
        this.people = people;
        this.access = access;
        this.audit = audit;
    }

    /** One line of the child's front-door history; a referral line carries the referral. */
    record HistoryItem(LocalDate date, String kind, UUID contactId, String outcomeKey, boolean reReferral,
            boolean current, ReferralView referral) {
    }

    /** A sibling's contact recorded together with this one; the name is null when out of the user's reach. */
    record Together(ContactView contact, String childName) {
    }

    String render(Model model, ContactView contact, Map<String, String> form, FormErrors errors) {
        access.require(contact.childId());
        PersonSummary child = people.find(contact.childId()).orElseThrow(() -> new NotFoundException("Child"));
        audit.viewed(contact.childId(), "contact");
        List<HistoryItem> history = new ArrayList<>();
        for (ContactView c : frontDoor.contactsFor(contact.childId())) {
            history.add(new HistoryItem(LocalDate.ofInstant(c.receivedAt(), Due.LONDON), "contact", c.id(),
                    c.decision() == null ? "frontdoor.status.AWAITING_DECISION" : "frontdoor.decision." + c.decision(),
                    false, c.id().equals(contact.id()), null));
        }
        for (ReferralView r : frontDoor.referralsFor(contact.childId())) {
            history.add(new HistoryItem(r.date(), "referral", r.contactId(), "frontdoor.source." + r.source(),
                    r.reReferral(), false, r));
        }
        history.sort((a, b) -> b.date().compareTo(a.date()));
        var user = CurrentUser.require();
        List<Together> together = frontDoor.recordedWith(contact.id()).stream()
                .map(c -> new Together(c, access.decide(user, c.childId()).allowed()
                        ? people.find(c.childId()).map(PersonSummary::fullName).orElse(null) : null))
                .toList();
        model.addAttribute("contact", contact);
        model.addAttribute("child", child);
        model.addAttribute("received", ContactController.WHEN.format(contact.receivedAt().atZone(Due.LONDON)));
        model.addAttribute("decidedAt", contact.decidedAt() == null ? null
                : ContactController.WHEN.format(contact.decidedAt().atZone(Due.LONDON)));
        model.addAttribute("history", history);
        model.addAttribute("lastClosure", frontDoor.lastClosure(contact.childId()).orElse(null));
        model.addAttribute("together", together);
        model.addAttribute("household", people.householdOf(contact.childId()));
        model.addAttribute("requests", partners.forContact(contact.id()).stream()
                .map(r -> new RequestRow(r, when(r.requestedAt()), when(r.respondedAt()))).toList());
        model.addAttribute("agencies", PartnerAgency.values());
        model.addAttribute("canDecide", contact.awaitingDecision() && user.has(Permission.DECIDE_CONTACT));
        model.addAttribute("canRequest", user.has(Permission.RECORD_CONTACT));
        model.addAttribute("decisions", ThresholdDecision.values());
        model.addAttribute("canVoid", user.has(Permission.VOID_RECORD));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "frontdoor/contact";
    }

    static String when(Instant at) {
        return at == null ? null : ContactController.WHEN.format(at.atZone(Due.LONDON));
    }

    /** A request to a partner agency with its times formatted for the page. */
    record RequestRow(InformationRequestView request, String requestedAt, String respondedAt) {
    }
}
