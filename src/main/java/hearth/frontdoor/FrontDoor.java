package hearth.frontdoor;

import hearth.frontdoor.domain.Contact;
import hearth.frontdoor.domain.ContactRepository;
import hearth.frontdoor.domain.Referral;
import hearth.frontdoor.domain.ReferralRepository;
import hearth.notifications.Notifications;
import hearth.platform.web.NotFoundException;
import hearth.shared.Ids;
import hearth.timescales.Deadline;
import hearth.timescales.LocalStandards;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import org.springframework.security.access.AccessDeniedException;
import hearth.timescales.Due;
import hearth.timescales.Obligations;
import hearth.work.Duties;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API of the front door: record contacts, decide them, and read a child's front-door history.
 * Recording a contact starts the contact-decision clock at the time it was received; deciding stops it.
 */
@Service
public class FrontDoor {

    /** The timescale rule a contact opens (see the timescales catalogue). */
    public static final String CONTACT_DECISION_RULE = "contact-decision";

    private final ContactRepository contacts;
    private final ReferralRepository referrals;
    private final Duties duties;
    private final Obligations obligations;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<ClosureHistory> closures;
    private final LocalStandards standards;
    private final Notifications notifications;
    private final Clock clock;

    FrontDoor(ContactRepository contacts, ReferralRepository referrals, Duties duties, Obligations obligations,
            ApplicationEventPublisher events, ObjectProvider<ClosureHistory> closures, LocalStandards standards,
            Notifications notifications, Clock clock) {
        this.contacts = contacts;
        this.referrals = referrals;
        this.duties = duties;
        this.obligations = obligations;
        this.events = events;
        this.closures = closures;
        this.standards = standards;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public ContactView record(NewContact contact) {
        return save(contact, null);
    }

    /**
     * One contact about several siblings: each child gets their own contact (and decision clock, and later their
     * own outcome), linked so each shows the others. Answers them in the order given, the first child first.
     */
    @Transactional
    public List<ContactView> recordTogether(NewContact contact, List<UUID> siblingIds) {
        LinkedHashSet<UUID> children = new LinkedHashSet<>();
        children.add(contact.childId());
        children.addAll(siblingIds);
        if (children.size() == 1) {
            return List.of(save(contact, null));
        }
        UUID group = Ids.next();
        List<ContactView> saved = new ArrayList<>();
        for (UUID child : children) {
            saved.add(save(new NewContact(child, contact.receivedAt(), contact.source(), contact.referrerName(),
                    contact.referrerContact(), contact.concern(), contact.consentSought(), contact.consent(),
                    contact.consentOverridden(), contact.consentRationale(), contact.risk()), group));
        }
        return saved;
    }

    /** The other children's contacts recorded together with this one (none when recorded alone). */
    @Transactional(readOnly = true)
    public List<ContactView> recordedWith(UUID contactId) {
        Contact contact = require(contactId);
        UUID group = contact.view().groupId();
        return group == null ? List.of() : contacts.findByGroupIdAndVoidedFalse(group).stream()
                .filter(c -> !c.getId().equals(contactId)).map(Contact::view).toList();
    }

    private ContactView save(NewContact contact, UUID group) {
        if (contact.receivedAt().isAfter(clock.instant())) {
            throw new IllegalArgumentException("A contact cannot be received in the future");
        }
        String by = CurrentUser.username();
        Contact saved = new Contact(contact, by, clock.instant());
        if (group != null) {
            saved.recordedTogether(group);
        }
        saved.openedObligation(duties.open(contact.childId(), CONTACT_DECISION_RULE, contact.receivedAt(),
                "Contact received"));
        saved = contacts.saveAndFlush(saved);
        events.publishEvent(new ContactRecorded(contact.childId(), saved.getId(), contact.receivedAt(),
                contact.source(), by));
        return saved.view();
    }

    /**
     * The manager's decision on the version of the contact they saw. REFERRAL and STRATEGY_DISCUSSION make a
     * referral dated today; it is a re-referral within 12 months of the child's previous referral.
     */
    @Transactional
    public Optional<ReferralView> decide(UUID contactId, long seenVersion, ThresholdDecision decision,
            String rationale) {
        if (CurrentUser.get().filter(u -> u.has(Permission.DECIDE_CONTACT)).isEmpty()) {
            throw new AccessDeniedException("Only a manager with DECIDE_CONTACT decides contacts");
        }
        Contact contact = require(contactId);
        if (contact.getVersion() != seenVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Contact.class, contactId);
        }
        Instant now = clock.instant();
        String by = CurrentUser.username();
        contact.decide(decision, rationale, by, now);
        if (contact.getObligationId() != null) {
            obligations.satisfy(contact.getObligationId(), now, "Contact decided: " + decision);
        }
        events.publishEvent(new ContactDecided(contact.getChildId(), contactId, decision, by, now));
        if (!decision.makesReferral()) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.ofInstant(now, Due.LONDON);
        LocalDate previous = referrals.findByChildIdAndVoidedFalseOrderByDateDescCreatedAtDesc(contact.getChildId())
                .stream().map(Referral::getDate).findFirst().orElse(null);
        Referral referral = new Referral(contact.getChildId(), contactId, date, contact.getSource(), previous, now);
        ClosureHistory history = closures.getIfAvailable();
        if (history != null) {
            history.lastClosureOnOrBefore(contact.getChildId(), date).ifPresent(closure -> {
                referral.followsClosure(closure.closedOn(), closure.reasonCode(), closure.authorisedBy());
                if (closure.authorisedBy() != null && referral.soonAfterClosure(alertWindow())) {
                    notifications.notify(closure.authorisedBy(), contact.getChildId(), "frontdoor.alert.backSoon",
                            closure.closedOn().format(DateTimeFormatter.ofPattern("d MMM yyyy")) + " ("
                                    + closure.reasonCode() + ", " + closure.reasonText() + ") → "
                                    + date.format(DateTimeFormatter.ofPattern("d MMM yyyy")),
                            "/contacts/" + contactId);
                    referral.closureAlertSent();
                }
            });
        }
        referrals.save(referral);
        events.publishEvent(new ReferralMade(contact.getChildId(), referral.getId(), date, contact.getSource(),
                referral.isReReferral()));
        return Optional.of(referral.view());
    }

    /** Voids a contact recorded in error; its open decision obligation goes with it. */
    @Transactional
    public void voidContact(UUID contactId, String reason) {
        Contact contact = require(contactId);
        contact.voidContact(reason);
        if (contact.getObligationId() != null && contact.getStatus() == ContactStatus.AWAITING_DECISION) {
            obligations.voidObligation(contact.getObligationId(), "Contact voided: " + reason);
        }
    }

    @Transactional(readOnly = true)
    public Optional<ContactView> find(UUID contactId) {
        return contacts.findById(contactId).filter(c -> !c.isVoided()).map(Contact::view);
    }

    /** The child's contacts, latest received first. */
    @Transactional(readOnly = true)
    public List<ContactView> contactsFor(UUID childId) {
        return contacts.findByChildIdAndVoidedFalseOrderByReceivedAtDesc(childId).stream().map(Contact::view).toList();
    }

    /** The child's referrals, latest first. */
    @Transactional(readOnly = true)
    public List<ReferralView> referralsFor(UUID childId) {
        return referrals.findByChildIdAndVoidedFalseOrderByDateDescCreatedAtDesc(childId).stream()
                .map(Referral::view).toList();
    }

    /** Referrals made on or after a date, latest first (re-referrals and closures they follow included). */
    @Transactional(readOnly = true)
    public List<ReferralView> referralsSince(LocalDate from) {
        return referrals.findByDateGreaterThanEqualAndVoidedFalseOrderByDateDescCreatedAtDesc(from).stream()
                .map(Referral::view).toList();
    }

    /** Contacts received on the days from {@code from} to {@code to} (London time), earliest first, e.g. for Annex A. */
    @Transactional(readOnly = true)
    public List<ContactView> contactsBetween(LocalDate from, LocalDate to) {
        java.time.ZoneId london = java.time.ZoneId.of("Europe/London");
        return contacts.findByReceivedAtGreaterThanEqualAndReceivedAtLessThanAndVoidedFalseOrderByReceivedAtAsc(
                from.atStartOfDay(london).toInstant(), to.plusDays(1).atStartOfDay(london).toInstant()).stream()
                .map(Contact::view).toList();
    }

    /** Contacts waiting for a decision, oldest received first. */
    @Transactional(readOnly = true)
    public List<ContactView> awaitingDecision() {
        return contacts.findByStatusAndVoidedFalseOrderByReceivedAtAsc(ContactStatus.AWAITING_DECISION).stream()
                .map(Contact::view).toList();
    }

    /** When and why the child's involvement last closed, up to today, if a context that closes cases says so. */
    @Transactional(readOnly = true)
    public Optional<ClosureHistory.PreviousClosure> lastClosure(UUID childId) {
        ClosureHistory history = closures.getIfAvailable();
        return history == null ? Optional.empty()
                : history.lastClosureOnOrBefore(childId, LocalDate.ofInstant(clock.instant(), Due.LONDON));
    }

    /** The re-referral alert window, as the council set it (default 3 months). */
    private Period alertWindow() {
        Deadline window = standards.current(LocalStandards.RE_REFERRAL_ALERT);
        return switch (window.unit()) {
            case MONTHS -> Period.ofMonths(window.amount());
            case WEEKS -> Period.ofWeeks(window.amount());
            default -> Period.ofDays(window.amount());
        };
    }

    private Contact require(UUID id) {
        return contacts.findById(id).filter(c -> !c.isVoided()).orElseThrow(() -> new NotFoundException("Contact"));
    }
}
