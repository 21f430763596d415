package hearth.returns.cin;

import hearth.assessment.AssessmentFactor;
import hearth.assessment.AssessmentView;
import hearth.assessment.Assessments;
import hearth.childinneed.ChildrenInNeed;
import hearth.childinneed.EpisodeView;
import hearth.childprotection.ChildProtection;
import hearth.childprotection.ConferenceKind;
import hearth.childprotection.ConferenceView;
import hearth.childprotection.EnquiryOutcome;
import hearth.childprotection.EnquiryStatus;
import hearth.childprotection.EnquiryView;
import hearth.childprotection.ProtectionRecords;
import hearth.people.People;
import hearth.people.ReturnIdentity;
import hearth.timescales.WorkingDays;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Gathers the CIN census for a collection year through the contexts' published APIs: the episodes of need open at
 * any time in the year decide who is in scope, then each child's assessments, enquiries, conferences and plans are
 * placed in the episode they happened in.
 */
@Component
class CinCensusReader {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Working Together 2023: the initial conference within 15 working days of the strategy discussion. */
    private static final int CONFERENCE_WORKING_DAYS = 15;

    private final People people;
    private final ChildrenInNeed childrenInNeed;
    private final Assessments assessments;
    private final ChildProtection protection;
    private final WorkingDays calendar;

    CinCensusReader(People people, ChildrenInNeed childrenInNeed, Assessments assessments,
            ChildProtection protection, WorkingDays calendar) {
        this.people = people;
        this.childrenInNeed = childrenInNeed;
        this.assessments = assessments;
        this.protection = protection;
        this.calendar = calendar;
    }

    /** Every child in scope for the year from {@code from} to {@code to}, by LA child ID. */
    List<CinChild> read(LocalDate from, LocalDate to, Consumer<String> progress) {
        Map<UUID, List<EpisodeView>> episodes = childrenInNeed.episodesDuring(from, to).stream()
                .collect(Collectors.groupingBy(EpisodeView::childId, LinkedHashMap::new, Collectors.toList()));
        progress.accept(episodes.size() + " children had an episode of need open in the year.");
        Map<UUID, ReturnIdentity> identities = people.forReturns(episodes.keySet()).stream()
                .collect(Collectors.toMap(ReturnIdentity::id, i -> i));
        // everything else in a few batched queries, never one per child (a census covers thousands)
        Set<UUID> childIds = episodes.keySet();
        Map<UUID, List<AssessmentView>> assessmentsByChild = assessments.forChildren(childIds).stream()
                .collect(Collectors.groupingBy(AssessmentView::childId));
        ProtectionRecords records = protection.protectionRecordsFor(childIds);
        Map<UUID, List<EnquiryView>> enquiries = records.enquiries().stream()
                .collect(Collectors.groupingBy(EnquiryView::childId));
        Map<UUID, List<ConferenceView>> conferences = records.conferences().stream()
                .collect(Collectors.groupingBy(ConferenceView::childId));
        Map<UUID, List<hearth.childprotection.PlanView>> plans = records.plans().stream()
                .collect(Collectors.groupingBy(hearth.childprotection.PlanView::childId));
        Map<UUID, List<hearth.childinneed.PlanView>> cinPlans = childrenInNeed.plansForEpisodes(episodes.values()
                        .stream().flatMap(List::stream).map(EpisodeView::id).toList()).stream()
                .collect(Collectors.groupingBy(hearth.childinneed.PlanView::episodeId));
        List<CinChild> children = new ArrayList<>();
        int done = 0;
        for (Map.Entry<UUID, List<EpisodeView>> entry : episodes.entrySet()) {
            ReturnIdentity identity = identities.get(entry.getKey());
            UUID id = entry.getKey();
            if (identity != null) {
                children.add(child(identity, entry.getValue(), to, new Records(
                        assessmentsByChild.getOrDefault(id, List.of()), enquiries.getOrDefault(id, List.of()),
                        conferences.getOrDefault(id, List.of()), plans.getOrDefault(id, List.of()), cinPlans, from)));
            }
            if (++done % 500 == 0) {
                progress.accept("Read " + done + " of " + episodes.size() + " children.");
            }
        }
        children.sort(Comparator.comparing(c -> c.identity().laChildId()));
        return children;
    }

    /** One child's records, already read in batches. */
    private record Records(List<AssessmentView> assessments, List<EnquiryView> enquiries,
            List<ConferenceView> conferences, List<hearth.childprotection.PlanView> plans,
            Map<UUID, List<hearth.childinneed.PlanView>> cinPlans, LocalDate from) {
    }

    private CinChild child(ReturnIdentity identity, List<EpisodeView> episodes, LocalDate referenceDate,
            Records r) {
        List<CinChild.Details> details = episodes.stream()
                .sorted(Comparator.comparing(EpisodeView::referralDate))
                .map(e -> details(e, r.assessments(), r.enquiries(), r.conferences(), r.plans(),
                        r.cinPlans().getOrDefault(e.id(), List.of()), r.from(), referenceDate)).toList();
        return new CinChild(identity, upnUnknown(identity, details, referenceDate), details);
    }

    private CinChild.Details details(EpisodeView episode, List<AssessmentView> childAssessments,
            List<EnquiryView> enquiries, List<ConferenceView> conferences,
            List<hearth.childprotection.PlanView> plans, List<hearth.childinneed.PlanView> episodePlans,
            LocalDate yearStart, LocalDate ref) {
        // the census is the record as it stood on the reference date: nothing later is in it
        LocalDate start = episode.referralDate();
        LocalDate end = asAt(episode.closedOn(), ref);
        Set<UUID> referralIds = episode.referrals().stream().map(EpisodeView.EpisodeReferral::referralId)
                .collect(Collectors.toSet());
        // further action is judged on everything in the episode, before the census year too
        boolean wentFurther = childAssessments.stream().anyMatch(a -> a.startDate() != null
                && !a.startDate().isAfter(ref) && referralIds.contains(a.referralId()))
                || enquiries.stream().anyMatch(q -> within(q.startDate(), start, end == null ? ref : end));
        List<CinChild.Assessment> episodeAssessments = childAssessments.stream()
                .filter(a -> a.startDate() != null && !a.startDate().isAfter(ref)
                        && referralIds.contains(a.referralId()))
                // an assessment finished before the census year is not in it (DfE rule 8696)
                .filter(a -> a.authorisedAt() == null
                        || !a.authorisedAt().atZone(LONDON).toLocalDate().isBefore(yearStart))
                .sorted(Comparator.comparing(AssessmentView::startDate))
                .map(a -> {
                    LocalDate authorised = a.authorisedAt() == null ? null
                            : asAt(a.authorisedAt().atZone(LONDON).toLocalDate(), ref);
                    // factors belong to a completed assessment only (DfE rule 8614)
                    return new CinChild.Assessment(a.startDate(), authorised, authorised == null ? List.of()
                            : a.censusFactors().stream().map(AssessmentFactor::code).toList());
                })
                .toList();
        List<CinChild.CinPlan> cinPlans = episodePlans.stream()
                .filter(p -> !p.startDate().isAfter(ref))
                .sorted(Comparator.comparing(hearth.childinneed.PlanView::startDate))
                .map(p -> new CinChild.CinPlan(p.startDate(), asAt(p.endDate(), ref))).toList();
        LocalDate until = end == null ? ref : end;
        // an enquiry whose initial conference was held before the census year is not in it (DfE rule 8715)
        List<CinChild.Section47> section47 = enquiries.stream().filter(q -> within(q.startDate(), start, until))
                .filter(q -> !before(initialConference(q.id(), conferences), yearStart))
                .sorted(Comparator.comparing(EnquiryView::startDate))
                .map(q -> new CinChild.Section47(q.startDate(),
                        calendar.statutory().addWorkingDays(q.startDate(), CONFERENCE_WORKING_DAYS),
                        asAt(initialConference(q.id(), conferences), ref),
                        q.status() == EnquiryStatus.AUTHORISED && q.outcome() != EnquiryOutcome.CONFERENCE_NEEDED))
                .toList();
        // a conference that followed an enquiry in this episode is given there, never twice (DfE rule 2884)
        LocalDate firstConference = section47.stream().anyMatch(q -> q.conference() != null) ? null
                : conferences.stream().filter(c -> c.kind() == ConferenceKind.INITIAL && c.enquiryId() == null
                        && within(c.heldOn(), start, until) && !c.heldOn().isBefore(yearStart))
                .map(ConferenceView::heldOn).min(Comparator.naturalOrder()).orElse(null);
        List<CinChild.ProtectionPlan> protectionPlans = plans.stream().filter(p -> within(p.startDate(), start, until))
                .sorted(Comparator.comparing(hearth.childprotection.PlanView::startDate))
                .map(p -> new CinChild.ProtectionPlan(p.startDate(), asAt(p.endDate(), ref), p.initialCategory().name(),
                        p.latestCategory().name(), p.previousPlans(), conferences.stream()
                                .filter(c -> c.kind() == ConferenceKind.REVIEW && p.id().equals(c.planId())
                                        && !c.heldOn().isAfter(ref))
                                .map(ConferenceView::heldOn).sorted().toList()))
                .toList();
        boolean nfa = end != null && !wentFurther && cinPlans.isEmpty() && section47.isEmpty()
                && protectionPlans.isEmpty();
        return new CinChild.Details(start, episode.source().code(),
                episode.primaryNeed() == null ? null : episode.primaryNeed().name(), end,
                end == null || episode.closureReason() == null ? null : episode.closureReason().name(),
                firstConference, episodeAssessments, cinPlans, section47, nfa, protectionPlans);
    }

    private static LocalDate initialConference(UUID enquiryId, List<ConferenceView> conferences) {
        return conferences.stream().filter(c -> c.kind() == ConferenceKind.INITIAL && enquiryId.equals(c.enquiryId()))
                .map(ConferenceView::heldOn).min(Comparator.naturalOrder()).orElse(null);
    }

    /** A date after the reference date had not happened yet when the census was taken. */
    private static LocalDate asAt(LocalDate date, LocalDate ref) {
        return date == null || date.isAfter(ref) ? null : date;
    }

    private static boolean before(LocalDate date, LocalDate limit) {
        return date != null && date.isBefore(limit);
    }

    private static boolean within(LocalDate date, LocalDate start, LocalDate end) {
        return date != null && !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    /**
     * Why a child has no UPN: UN7 when every episode was a referral with no further action, UN1 for a child under
     * school age (or unborn) at the reference date, otherwise UN4 (UPN not yet obtained).
     */
    static String upnUnknown(ReturnIdentity identity, List<CinChild.Details> details, LocalDate referenceDate) {
        if (identity.upn() != null && !identity.upn().isBlank()) {
            return null;
        }
        if (!details.isEmpty() && details.stream().allMatch(CinChild.Details::referralNfa)) {
            return "UN7";
        }
        LocalDate born = identity.dateOfBirth();
        if (born == null || born.plusYears(5).isAfter(referenceDate)) {
            return "UN1";
        }
        return "UN4";
    }
}
