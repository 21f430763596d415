package hearth.childprotection;

import static hearth.childprotection.ChildProtection.FIRST_REVIEW_RULE;
import static hearth.childprotection.ChildProtection.ICPC_RULE;
import static hearth.childprotection.ChildProtection.POST_BIRTH_RULE;
import static hearth.childprotection.ChildProtection.REVIEW_RULE;

import hearth.childprotection.domain.Conference;
import hearth.childprotection.domain.ConferenceRepository;
import hearth.childprotection.domain.ProtectionOrder;
import hearth.childprotection.domain.ProtectionOrderRepository;
import hearth.childprotection.domain.ProtectionPlanRepository;
import hearth.childprotection.domain.ProtectionVisit;
import hearth.childprotection.domain.ProtectionVisitRepository;
import hearth.childprotection.domain.Section47Enquiry;
import hearth.childprotection.domain.Section47EnquiryRepository;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading many children's child protection records at once, for returns (the CIN census, Annex A), performance and
 * the conference diary; voided records left out.
 */
@Service
class ProtectionBulkReads {

    private final Section47EnquiryRepository enquiries;
    private final ConferenceRepository conferences;
    private final ProtectionPlanRepository plans;
    private final ProtectionVisitRepository visits;
    private final ProtectionOrderRepository orders;
    private final Obligations obligations;
    private final ProtectionClock clock;

    ProtectionBulkReads(Section47EnquiryRepository enquiries, ConferenceRepository conferences,
            ProtectionPlanRepository plans, ProtectionVisitRepository visits, ProtectionOrderRepository orders,
            Obligations obligations, ProtectionClock clock) {
        this.enquiries = enquiries;
        this.conferences = conferences;
        this.plans = plans;
        this.visits = visits;
        this.orders = orders;
        this.obligations = obligations;
        this.clock = clock;
    }

    /** Enquiries by id, in one query (performance reads the enquiries behind initial conferences). */
    @Transactional(readOnly = true)
    public List<EnquiryView> enquiries(Collection<UUID> ids) {
        return enquiries.findAllById(ids).stream().filter(e -> !e.isVoided()).map(Section47Enquiry::view).toList();
    }

    /** Initial conferences held on or after {@code from} and on or before {@code to}, in one query. */
    @Transactional(readOnly = true)
    public List<ConferenceView> initialConferencesBetween(LocalDate from, LocalDate to) {
        return conferences.findByKindAndHeldOnBetweenAndVoidedFalse(ConferenceKind.INITIAL, from, to).stream()
                .map(Conference::view).toList();
    }

    /** Plans open at some time between {@code from} and {@code to} (both included), in one query. */
    @Transactional(readOnly = true)
    public List<PlanView> plansOverlapping(LocalDate from, LocalDate to) {
        LocalDate today = clock.today();
        return plans.overlapping(from, to).stream().map(p -> p.view(today)).toList();
    }

    /**
     * The enquiries, conferences and plans of many children at once (the CIN census), read in batches rather than
     * per child; voided records left out.
     */
    @Transactional(readOnly = true)
    public ProtectionRecords protectionRecordsFor(Collection<UUID> childIds) {
        LocalDate today = clock.today();
        List<UUID> ids = List.copyOf(childIds);
        List<EnquiryView> enquiryViews = new ArrayList<>();
        List<ConferenceView> conferenceViews = new ArrayList<>();
        List<PlanView> planViews = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            List<UUID> batch = ids.subList(i, Math.min(ids.size(), i + 1000));
            enquiries.findByChildIdInAndVoidedFalse(batch).stream().map(Section47Enquiry::view)
                    .forEach(enquiryViews::add);
            conferences.findByChildIdInAndVoidedFalse(batch).stream().map(Conference::view)
                    .forEach(conferenceViews::add);
            plans.findByChildIdInAndVoidedFalse(batch).stream().map(p -> p.view(today)).forEach(planViews::add);
        }
        return new ProtectionRecords(enquiryViews, conferenceViews, planViews);
    }

    /** Every child's section 47 enquiries started from {@code from} to {@code to}, earliest first. */
    @Transactional(readOnly = true)
    public List<EnquiryView> enquiriesBetween(LocalDate from, LocalDate to) {
        return enquiries.findByStartDateBetweenAndVoidedFalseOrderByStartDateAsc(from, to).stream()
                .map(Section47Enquiry::view).toList();
    }

    /** Every child's conferences held from {@code from} to {@code to}, earliest first. */
    @Transactional(readOnly = true)
    public List<ConferenceView> conferencesBetween(LocalDate from, LocalDate to) {
        return conferences.findByHeldOnBetweenAndVoidedFalseOrderByHeldOnAsc(from, to).stream().map(Conference::view)
                .toList();
    }

    /** Every child's plans open at some time from {@code from} to {@code to}, earliest started first. */
    @Transactional(readOnly = true)
    public List<PlanView> plansDuring(LocalDate from, LocalDate to) {
        LocalDate today = clock.today();
        return plans.findOpenDuring(from, to).stream().map(p -> p.view(today)).toList();
    }

    /** Every child's emergency protection orders and police protection begun from {@code from} to {@code to}. */
    @Transactional(readOnly = true)
    public List<ProtectionOrderView> protectionOrdersBetween(LocalDate from, LocalDate to) {
        return orders.findByStartDateBetweenAndVoidedFalseOrderByStartDateAsc(from, to).stream()
                .map(ProtectionOrder::view).toList();
    }

    /** The statutory visits of these plans, latest first. */
    @Transactional(readOnly = true)
    public List<VisitView> visitsOfPlans(Collection<UUID> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return visits.findByPlanIdInAndVoidedFalseOrderByVisitedOnDesc(planIds).stream().map(ProtectionVisit::view)
                .toList();
    }

    /**
     * Conferences due for every child: initial conferences for authorised enquiries needing one, and reviews
     * (including post-birth reviews) of active plans, soonest due first.
     */
    @Transactional(readOnly = true)
    public List<UpcomingConference> upcomingConferences() {
        Map<UUID, UUID> enquiryOf = new HashMap<>();
        for (Section47Enquiry e : enquiries.findByStatusAndOutcomeAndVoidedFalse(EnquiryStatus.AUTHORISED,
                EnquiryOutcome.CONFERENCE_NEEDED)) {
            if (!conferences.existsByEnquiryIdAndVoidedFalse(e.getId())) {
                enquiryOf.put(e.getChildId(), e.getId());
            }
        }
        Map<UUID, UUID> planOf = new HashMap<>();
        plans.findByStatusAndVoidedFalse(PlanStatus.ACTIVE).forEach(p -> planOf.put(p.getChildId(), p.getId()));
        Set<UUID> children = new HashSet<>(enquiryOf.keySet());
        children.addAll(planOf.keySet());
        List<UpcomingConference> due = new ArrayList<>();
        for (ObligationView o : obligations.openFor(children)) {
            if (o.ruleId().equals(ICPC_RULE) && enquiryOf.containsKey(o.subjectId())) {
                due.add(new UpcomingConference(o.subjectId(), ConferenceKind.INITIAL, enquiryOf.get(o.subjectId()),
                        null, o));
            } else if ((o.ruleId().equals(FIRST_REVIEW_RULE) || o.ruleId().equals(REVIEW_RULE)
                    || o.ruleId().equals(POST_BIRTH_RULE)) && planOf.containsKey(o.subjectId())) {
                due.add(new UpcomingConference(o.subjectId(), ConferenceKind.REVIEW, null, planOf.get(o.subjectId()),
                        o));
            }
        }
        return due;
    }
}
