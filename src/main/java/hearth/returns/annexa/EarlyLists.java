package hearth.returns.annexa;

import static hearth.returns.annexa.AnnexAChildren.row;

import hearth.assessment.AssessmentOutcome;
import hearth.assessment.AssessmentView;
import hearth.childinneed.EpisodeView;
import hearth.childprotection.ConferenceDecision;
import hearth.childprotection.ConferenceKind;
import hearth.childprotection.ConferenceView;
import hearth.childprotection.EnquiryOutcome;
import hearth.childprotection.EnquiryStatus;
import hearth.childprotection.EnquiryView;
import hearth.frontdoor.ContactView;
import hearth.frontdoor.ReferralView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Annex A lists 1 to 5, from the front door to the initial child protection conference: contacts, early help
 * assessments, referrals, assessments and section 47 enquiries. Each row is the list's columns in order.
 */
final class EarlyLists {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static LocalDate day(java.time.Instant instant) {
        return instant.atZone(LONDON).toLocalDate();
    }

    private EarlyLists() {
    }

    /** List 1: every contact received in the period. */
    static List<List<Object>> contacts(AnnexAChildren children, List<ContactView> contacts) {
        List<List<Object>> rows = new ArrayList<>();
        for (ContactView c : contacts) {
            if (c.childId() != null && children.known(c.childId())) {
                rows.add(row(children.who(c.childId()), c.receivedAt().atZone(LONDON).toLocalDate(),
                        AnnexACodes.source(c.source() == null ? null : c.source().code())));
            }
        }
        return rows;
    }

    /** List 2: early help assessments open at some time in the period (started by its end, not finished before it). */
    static List<List<Object>> earlyHelp(AnnexAPeriod period, AnnexAChildren children,
            List<hearth.earlyhelp.EpisodeView> episodes) {
        List<List<Object>> rows = new ArrayList<>();
        for (hearth.earlyhelp.EpisodeView e : episodes) {
            var a = e.assessment();
            if (a == null || a.startedOn() == null || !children.known(e.childId())
                    || !period.overlaps(a.startedOn(), a.completedOn())) {
                continue;
            }
            LocalDate completed = a.completedOn() == null || a.completedOn().isAfter(period.asOf()) ? null
                    : a.completedOn();
            rows.add(row(children.who(e.childId()), a.startedOn(), completed, organisation(e)));
        }
        return rows;
    }

    /** Who completed the early help assessment: the lead professional's agency, or the local authority. */
    private static String organisation(hearth.earlyhelp.EpisodeView e) {
        if (e.lead() != null && e.lead().agency() != null && !e.lead().agency().isBlank()) {
            return e.lead().agency();
        }
        return "Local authority";
    }

    /**
     * List 3: every referral in the period, with whether it ended with no further action (its episode of need
     * closed without an assessment) and how many referrals the child had in the 12 months up to it.
     */
    static List<List<Object>> referrals(AnnexAPeriod period, AnnexAChildren children, List<ReferralView> referrals,
            List<EpisodeView> cinEpisodes) {
        Map<UUID, EpisodeView> episodeOf = new HashMap<>();
        cinEpisodes.forEach(e -> e.referrals().forEach(r -> episodeOf.put(r.referralId(), e)));
        List<List<Object>> rows = new ArrayList<>();
        referrals.stream().filter(r -> period.contains(r.date()) && children.known(r.childId()))
                .sorted(Comparator.comparing(ReferralView::date)).forEach(r -> {
                    EpisodeView episode = episodeOf.get(r.id());
                    boolean nfa = episode != null && !episode.isOpen() && !episode.assessed()
                            && episode.closedOn() != null && !episode.closedOn().isAfter(period.asOf());
                    long inYear = referrals.stream().filter(o -> o.childId().equals(r.childId())
                            && !o.date().isAfter(r.date()) && o.date().isAfter(r.date().minusYears(1))).count();
                    rows.add(row(children.who(r.childId()), r.date(),
                            AnnexACodes.source(r.source() == null ? null : r.source().code()),
                            AnnexACodes.yesNo(nfa), inYear, children.team(r.childId()),
                            children.worker(r.childId())));
                });
        return rows;
    }

    /** List 4: assessments started in the period. */
    static List<List<Object>> assessments(AnnexAPeriod period, AnnexAChildren children,
            List<AssessmentView> assessments) {
        List<List<Object>> rows = new ArrayList<>();
        for (AssessmentView a : assessments) {
            if (!children.known(a.childId()) || !period.contains(a.startDate())) {
                continue;
            }
            LocalDate authorised = a.authorisedAt() == null ? null : a.authorisedAt().atZone(LONDON).toLocalDate();
            if (authorised != null && authorised.isAfter(period.asOf())) {
                authorised = null;
            }
            boolean seen = a.firstVisitOn() != null && !a.firstVisitOn().isAfter(period.asOf());
            String support = authorised == null || a.outcome() == null ? null
                    : AnnexACodes.yesNo(a.outcome() == AssessmentOutcome.CHILD_IN_NEED_PLAN
                            || a.outcome() == AssessmentOutcome.SECTION_47_ENQUIRY);
            rows.add(row(children.who(a.childId()), children.disability(a.childId()), a.startDate(),
                    AnnexACodes.yesNo(seen), authorised, support, children.team(a.childId()),
                    children.worker(a.childId())));
        }
        return rows;
    }

    /**
     * List 5: section 47 enquiries started in the period, with the initial conference that followed (if held by the
     * as-of date) and how many enquiries and initial conferences the child had in the period.
     */
    static List<List<Object>> enquiries(AnnexAPeriod period, AnnexAChildren children, List<EnquiryView> enquiries,
            List<ConferenceView> conferences) {
        List<ConferenceView> initial = conferences.stream().filter(c -> c.kind() == ConferenceKind.INITIAL
                && !c.heldOn().isAfter(period.asOf())).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (EnquiryView q : enquiries) {
            if (!children.known(q.childId()) || !period.contains(q.startDate())) {
                continue;
            }
            ConferenceView icpc = initial.stream().filter(c -> q.id().equals(c.enquiryId()))
                    .min(Comparator.comparing(ConferenceView::heldOn)).orElse(null);
            Boolean unnecessary = q.status() == EnquiryStatus.AUTHORISED && q.outcome() != null
                    ? q.outcome() != EnquiryOutcome.CONFERENCE_NEEDED : null;
            String plan = icpc == null ? null : icpc.decision() == null ? AnnexACodes.UNKNOWN
                    : AnnexACodes.yesNo(icpc.decision() == ConferenceDecision.PLAN);
            long s47s = enquiries.stream().filter(o -> o.childId().equals(q.childId())
                    && period.contains(o.startDate())).count();
            long icpcs = initial.stream().filter(c -> c.childId().equals(q.childId())
                    && period.contains(c.heldOn())).count();
            rows.add(row(children.who(q.childId()), children.disability(q.childId()), q.startDate(),
                    AnnexACodes.yesNo(unnecessary), icpc == null ? null : icpc.heldOn(), plan, s47s, icpcs,
                    children.team(q.childId()), children.worker(q.childId())));
        }
        return rows;
    }
}
