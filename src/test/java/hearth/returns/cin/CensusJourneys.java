package hearth.returns.cin;

import hearth.assessment.AssessmentFactor;
import hearth.assessment.AssessmentOutcome;
import hearth.assessment.AssessmentView;
import hearth.assessment.Assessments;
import hearth.childinneed.ChildrenInNeed;
import hearth.childinneed.ClosureProposal;
import hearth.childinneed.ClosureReason;
import hearth.childinneed.ClosureView;
import hearth.childinneed.EpisodeView;
import hearth.childinneed.PrimaryNeed;
import hearth.childprotection.AbuseCategory;
import hearth.childprotection.Attendance;
import hearth.childprotection.ChildProtection;
import hearth.childprotection.ConferenceDecision;
import hearth.childprotection.ConferenceView;
import hearth.childprotection.EnquiryFindings;
import hearth.childprotection.EnquiryOutcome;
import hearth.childprotection.EnquiryView;
import hearth.childprotection.HeldStrategyDiscussion;
import hearth.childprotection.NewAction;
import hearth.childprotection.NewConference;
import hearth.childprotection.ParentsAttendance;
import hearth.childprotection.PlanView;
import hearth.childprotection.StrategyDiscussionView;
import hearth.childprotection.StrategyKind;
import hearth.childprotection.StrategyTrigger;
import hearth.frontdoor.Consent;
import hearth.frontdoor.ContactView;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.NewContact;
import hearth.frontdoor.ReferralSource;
import hearth.frontdoor.ReferralView;
import hearth.frontdoor.RiskRating;
import hearth.frontdoor.ThresholdDecision;
import hearth.support.Fixtures;
import hearth.support.MutableClock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Records census journeys day by day through each context's published API, as the person who would do each step:
 * a referral at the front door, an assessment, a child in need plan and closure, and a section 47 enquiry to a
 * conference, a child protection plan and its review.
 */
final class CensusJourneys {

    static final Attendance ALL = new Attendance("DC Shaw, Thames Valley Police", "Health visitor Amy Lee",
            "DSL Ms Ray, Park Primary", "SW Tom Hale", null);

    private final Fixtures fx;
    private final MutableClock clock;
    private final FrontDoor frontDoor;
    private final Assessments assessments;
    private final ChildrenInNeed cin;
    private final ChildProtection cp;
    private final String worker;
    private final String manager;
    private final String chair;

    CensusJourneys(ApplicationContext context, Fixtures fx, String worker, String manager, String chair) {
        this.fx = fx;
        this.clock = context.getBean(MutableClock.class);
        this.frontDoor = context.getBean(FrontDoor.class);
        this.assessments = context.getBean(Assessments.class);
        this.cin = context.getBean(ChildrenInNeed.class);
        this.cp = context.getBean(ChildProtection.class);
        this.worker = worker;
        this.manager = manager;
        this.chair = chair;
    }

    ReferralView referral(UUID childId, LocalDate on, ReferralSource source) {
        clock.setDate(on);
        return as(manager, () -> {
            ContactView contact = frontDoor.record(new NewContact(childId, clock.instant().minusSeconds(3600), source,
                    "Ms Ray", "0118 000 0000", "Worried about home", true, Consent.GIVEN, false, null,
                    RiskRating.MEDIUM));
            ContactView seen = frontDoor.find(contact.id()).orElseThrow();
            return frontDoor.decide(seen.id(), seen.version(), ThresholdDecision.REFERRAL, "Meets the threshold")
                    .orElseThrow();
        });
    }

    AssessmentView assess(ReferralView referral, LocalDate start, LocalDate completed, LocalDate authorised,
            List<AssessmentFactor> factors, AssessmentOutcome outcome) {
        AssessmentView a = assessments.forReferral(referral.id()).orElseThrow();
        clock.setDate(start);
        AssessmentView started = as(worker, () -> assessments.start(a.id(), a.version(), start));
        clock.setDate(completed);
        AssessmentView withFactors = as(worker, () -> assessments.recordFactors(a.id(), started.version(), factors));
        AssessmentView submitted = as(worker, () -> assessments.submit(a.id(), withFactors.version(), outcome,
                "Needs support at home", completed, null));
        clock.setDate(authorised);
        return as(manager, () -> assessments.authorise(a.id(), submitted.version()));
    }

    void primaryNeed(UUID childId, PrimaryNeed need) {
        EpisodeView e = cin.openEpisodeFor(childId).orElseThrow();
        as(worker, () -> cin.recordPrimaryNeed(e.id(), e.version(), need));
    }

    void cinPlan(UUID childId, LocalDate start) {
        clock.setDate(start);
        EpisodeView e = cin.openEpisodeFor(childId).orElseThrow();
        as(worker, () -> cin.startPlan(e.id(), start));
    }

    void close(UUID childId, LocalDate on, ClosureReason reason) {
        clock.setDate(on);
        EpisodeView e = cin.openEpisodeFor(childId).orElseThrow();
        ClosureView proposed = as(worker, () -> cin.proposeClosure(e.id(), e.version(),
                new ClosureProposal(reason, "Needs met", "No current risk")));
        as(manager, () -> cin.authoriseClosure(proposed.id(), proposed.version(), false));
    }

    /** Strategy discussion and enquiry on {@code on}, conference needed, initial conference on {@code icpc}. */
    PlanView protectionPlan(UUID childId, LocalDate on, LocalDate icpc, AbuseCategory category) {
        clock.setDate(on);
        StrategyDiscussionView d = as(worker, () -> cp.needStrategyDiscussion(childId, StrategyTrigger.OPEN_CASE,
                null, "Bruising seen by school", clock.instant()));
        StrategyDiscussionView held = as(worker, () -> cp.holdStrategyDiscussion(d.id(), d.version(),
                new HeldStrategyDiscussion(StrategyKind.MEETING, clock.instant(), ALL, "School saw bruising",
                        "Section 47 jointly with police", List.of(new NewAction("Medical", "Health visitor")), true,
                        "Injury unexplained")));
        EnquiryView e = cp.enquiryStartedBy(held.id()).orElseThrow();
        EnquiryView recorded = as(worker, () -> cp.recordEnquiryOutcome(e.id(), e.version(), new EnquiryFindings(
                true, true, on, "Injury consistent with harm", EnquiryOutcome.CONFERENCE_NEEDED, null)));
        as(manager, () -> cp.authoriseEnquiry(e.id(), recorded.version()));
        clock.setDate(icpc);
        ConferenceView c = as(chair, () -> cp.holdInitialConference(e.id(), new NewConference(icpc, ALL,
                ParentsAttendance.BOTH_ATTENDED, "Wants to stay at home", true, true, ConferenceDecision.PLAN,
                category, null, null, "Plan agreed")));
        return cp.findPlan(c.planId()).orElseThrow();
    }

    void review(PlanView plan, LocalDate on, AbuseCategory latest) {
        clock.setDate(on);
        PlanView current = cp.findPlan(plan.id()).orElseThrow();
        as(chair, () -> cp.holdReviewConference(plan.id(), current.version(), new NewConference(on, ALL,
                ParentsAttendance.ONE_ATTENDED, "Feels safer", false, false, ConferenceDecision.CONTINUE_PLAN, latest,
                null, null, "Reviewed")));
    }

    <T> T as(String username, Supplier<T> work) {
        var user = fx.signedIn(username);
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
