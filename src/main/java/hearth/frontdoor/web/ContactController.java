package hearth.frontdoor.web;

import hearth.frontdoor.Consent;
import hearth.frontdoor.ContactView;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.NewContact;
import hearth.frontdoor.ReferralSource;
import hearth.frontdoor.ReferralView;
import hearth.frontdoor.RiskRating;
import hearth.frontdoor.ThresholdDecision;
import hearth.people.People;
import hearth.people.PersonKind;
import hearth.people.PersonSummary;
import hearth.platform.web.DateParts;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.security.CurrentUser;
import hearth.security.HearthUser;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import hearth.shared.Ids;
import hearth.timescales.Due;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a contact about a child, the manager's decision on it, and the list awaiting decision. */
@Controller
class ContactController {

    static final int MAX_NAME = 200;
    static final int MAX_CONCERN = 4000;
    static final int MAX_RATIONALE = 2000;
    static final int MAX_VOID_REASON = 1000;
    static final int RECENT_DAYS = 28;
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})\\s*(am|pm)?", Pattern.CASE_INSENSITIVE);
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private final FrontDoor frontDoor;
    private final People people;
    private final RecordAccess access;
    private final ContactPage page;
    private final Clock clock;

    ContactController(FrontDoor frontDoor, People people, RecordAccess access, ContactPage page, Clock clock) {
        this.frontDoor = frontDoor;
        this.people = people;
        this.access = access;
        this.page = page;
        this.clock = clock;
    }

    @Bean
    static NavigationLink frontDoorLink() {
        return new NavigationLink(3, "nav.frontDoor", "/front-door", Permission.RECORD_CONTACT);
    }

    @GetMapping("/children/{id}/contacts/new")
    @RequiresPermission(Permission.RECORD_CONTACT)
    String newContact(@PathVariable UUID id, Model model) {
        return contactForm(model, child(id), Map.of(), new FormErrors());
    }

    @PostMapping("/children/{id}/contacts/new")
    @RequiresPermission(Permission.RECORD_CONTACT)
    String recordContact(@PathVariable UUID id, @RequestParam Map<String, String> form,
            @RequestParam(name = "siblings", required = false) List<String> siblingIds, Model model,
            RedirectAttributes redirect) {
        PersonSummary child = child(id);
        FormErrors errors = new FormErrors();
        List<String> chosen = siblingIds == null ? List.of() : siblingIds;
        Set<UUID> known = Set.copyOf(people.siblingsOf(id));
        List<UUID> siblings = chosen.stream().map(Ids::parseOrNull).filter(java.util.Objects::nonNull).filter(known::contains).distinct().toList();
        if (siblings.size() != chosen.stream().distinct().count()) {
            errors.reject("siblings", "frontdoor.error.siblings");
        }
        DateParts date = new DateParts(form.get("receivedDay"), form.get("receivedMonth"), form.get("receivedYear"));
        LocalDate receivedDate = null;
        if (date.problem() != null) {
            errors.reject("received", "frontdoor.error.received");
        } else {
            receivedDate = date.toDate();
        }
        LocalTime time = time(form.getOrDefault("receivedTime", ""));
        if (time == null) {
            errors.reject("receivedTime", "frontdoor.error.receivedTime");
        }
        Instant receivedAt = null;
        if (receivedDate != null && time != null) {
            receivedAt = receivedDate.atTime(time).atZone(Due.LONDON).toInstant();
            if (receivedAt.isAfter(clock.instant())) {
                errors.reject("received", "frontdoor.error.receivedFuture");
            }
        }
        ReferralSource source = choice(ReferralSource.class, form.get("source"), "source", errors);
        String referrerName = text(form, "referrerName", MAX_NAME, true, errors);
        String referrerContact = text(form, "referrerContact", MAX_NAME, true, errors);
        String concern = text(form, "concern", MAX_CONCERN, true, errors);
        Boolean sought = yesNo(form.get("consentSought"), "consentSought", errors);
        Consent consent = choice(Consent.class, form.get("consent"), "consent", errors);
        if (sought != null && consent != null && sought != (consent != Consent.NOT_SOUGHT)) {
            errors.reject("consent", sought ? "frontdoor.error.consentSought" : "frontdoor.error.consentNotSought");
        }
        Boolean overridden = yesNo(form.get("consentOverridden"), "consentOverridden", errors);
        String rationale = null;
        if (Boolean.TRUE.equals(overridden)) {
            if (consent == Consent.GIVEN) {
                errors.reject("consentOverridden", "frontdoor.error.consentGivenOverridden");
            }
            rationale = text(form, "consentRationale", MAX_RATIONALE, true, errors);
        }
        RiskRating risk = choice(RiskRating.class, form.get("risk"), "risk", errors);
        if (errors.any()) {
            model.addAttribute("chosenSiblings", chosen);
            return contactForm(model, child, form, errors);
        }
        siblings.forEach(access::require);
        List<ContactView> saved = frontDoor.recordTogether(new NewContact(id, receivedAt, source, referrerName,
                referrerContact, concern, sought, consent, overridden, rationale, risk), siblings);
        if (saved.size() > 1) {
            redirect.addFlashAttribute("flashSuccess", "frontdoor.contact.recordedTogether");
        } else {
            redirect.addFlashAttribute("flashSuccess", "frontdoor.contact.recorded");
        }
        return "redirect:/contacts/" + saved.get(0).id();
    }

    @GetMapping("/contacts/{id}")
    @RequiresPermission(Permission.VIEW_CHILD_RECORD)
    String show(@PathVariable UUID id, Model model) {
        ContactView contact = frontDoor.find(id).orElseThrow(() -> new NotFoundException("Contact"));
        return contactPage(model, contact, Map.of(), new FormErrors());
    }

    @PostMapping("/contacts/{id}/decision")
    @RequiresPermission(Permission.DECIDE_CONTACT)
    String decide(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        ContactView contact = frontDoor.find(id).orElseThrow(() -> new NotFoundException("Contact"));
        access.require(contact.childId());
        if (!contact.awaitingDecision()) {
            redirect.addFlashAttribute("flashSuccess", "frontdoor.decision.already");
            return "redirect:/contacts/" + id;
        }
        FormErrors errors = new FormErrors();
        ThresholdDecision decision = choice(ThresholdDecision.class, form.get("decision"), "decision", errors);
        String rationale = text(form, "decisionRationale", MAX_CONCERN, true, errors);
        long version;
        try {
            version = Long.parseLong(form.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The form was incomplete; please start again");
        }
        if (errors.any()) {
            return contactPage(model, contact, form, errors);
        }
        boolean referral = frontDoor.decide(id, version, decision, rationale).isPresent();
        redirect.addFlashAttribute("flashSuccess", referral ? "frontdoor.decision.referral" : "frontdoor.decision.recorded");
        return "redirect:/contacts/" + id;
    }

    @GetMapping("/front-door")
    @RequiresPermission(Permission.RECORD_CONTACT)
    String awaiting(Model model) {
        List<ContactView> contacts = frontDoor.awaitingDecision();
        Set<UUID> childIds = contacts.stream().map(ContactView::childId).collect(Collectors.toSet());
        Map<UUID, PersonSummary> children = people.find(childIds).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        HearthUser user = CurrentUser.require();
        Map<UUID, Boolean> opens = childIds.stream()
                .collect(Collectors.toMap(Function.identity(), c -> access.decide(user, c).allowed()));
        Instant now = clock.instant();
        List<Waiting> rows = new ArrayList<>();
        for (ContactView c : contacts) {
            PersonSummary child = children.get(c.childId());
            String name = child == null || !opens.get(c.childId()) ? null : child.fullName();
            rows.add(new Waiting(c, name, WHEN.format(c.receivedAt().atZone(Due.LONDON)),
                    Math.max(0, Duration.between(c.receivedAt(), now).toHours())));
        }
        model.addAttribute("rows", rows);
        List<ReferralView> recent = frontDoor.referralsSince(LocalDate.ofInstant(now, Due.LONDON).minusDays(RECENT_DAYS));
        Map<UUID, PersonSummary> referred = people.find(recent.stream().map(ReferralView::childId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        model.addAttribute("referrals", recent.stream().map(r -> new Referred(r,
                access.decide(user, r.childId()).allowed() && referred.containsKey(r.childId())
                        ? referred.get(r.childId()).fullName() : null)).toList());
        model.addAttribute("recentDays", RECENT_DAYS);
        return "frontdoor/awaiting";
    }

    @PostMapping("/contacts/{id}/void")
    @RequiresPermission(Permission.VOID_RECORD)
    String voidContact(@PathVariable UUID id, @RequestParam(defaultValue = "") String voidReason, Model model,
            RedirectAttributes redirect) {
        ContactView contact = frontDoor.find(id).orElseThrow(() -> new NotFoundException("Contact"));
        access.require(contact.childId());
        FormErrors errors = new FormErrors();
        String reason = text(Map.of("voidReason", voidReason), "voidReason", MAX_VOID_REASON, true, errors);
        if (errors.any()) {
            return contactPage(model, contact, Map.of("voidReason", voidReason), errors);
        }
        frontDoor.voidContact(id, reason);
        redirect.addFlashAttribute("flashSuccess", "frontdoor.void.done");
        return "redirect:/people/" + contact.childId();
    }

    /** A recent referral; the child's name is null when the user may not open the child's record. */
    record Referred(ReferralView referral, String childName) {
    }

    /** A contact waiting for decision; the child's name is null when the user may not open the child's record. */
    record Waiting(ContactView contact, String childName, String received, long hoursWaiting) {
    }


    private String contactPage(Model model, ContactView contact, Map<String, String> form, FormErrors errors) {
        return page.render(model, contact, form, errors);
    }

    private String contactForm(Model model, PersonSummary child, Map<String, String> form, FormErrors errors) {
        model.addAttribute("child", child);
        model.addAttribute("siblings", people.find(people.siblingsOf(child.id())).stream()
                .filter(p -> access.decide(CurrentUser.require(), p.id()).allowed()).toList());
        if (!model.containsAttribute("chosenSiblings")) {
            model.addAttribute("chosenSiblings", List.of());
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("received", new DateParts(form.getOrDefault("receivedDay", ""),
                form.getOrDefault("receivedMonth", ""), form.getOrDefault("receivedYear", "")));
        model.addAttribute("sources", ReferralSource.values());
        model.addAttribute("consents", Consent.values());
        model.addAttribute("risks", RiskRating.values());
        return "frontdoor/new-contact";
    }

    /** The child, once the user may open their record; only children have contacts. */
    private PersonSummary child(UUID id) {
        PersonSummary person = people.find(id).filter(p -> p.kind() == PersonKind.CHILD)
                .orElseThrow(() -> new NotFoundException("Child"));
        access.require(id);
        return person;
    }

    static LocalTime time(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        String half = m.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (half.equalsIgnoreCase("pm") ? 12 : 0);
        }
        return hour > 23 || minute > 59 ? null : LocalTime.of(hour, minute);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, FormErrors errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            errors.reject(field, "frontdoor.error." + field);
            return null;
        }
    }

    private static Boolean yesNo(String value, String field, FormErrors errors) {
        if ("yes".equals(value)) {
            return true;
        }
        if ("no".equals(value)) {
            return false;
        }
        errors.reject(field, "frontdoor.error." + field);
        return null;
    }

    private static String text(Map<String, String> form, String field, int max, boolean required, FormErrors errors) {
        return errors.text(form, field, max, required, "frontdoor.error", "frontdoor.error.tooLong");
    }
}
