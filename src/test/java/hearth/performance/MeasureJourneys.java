package hearth.performance;

import hearth.assessment.AssessmentFactor;
import hearth.assessment.AssessmentOutcome;
import hearth.assessment.AssessmentView;
import hearth.assessment.Assessments;
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
import hearth.childprotection.PlanEndReason;
import hearth.childprotection.PlanView;
import hearth.childprotection.StrategyDiscussionView;
import hearth.childprotection.StrategyKind;
import hearth.childprotection.StrategyTrigger;
import hearth.childrenincare.CarePeriodView;
import hearth.childrenincare.CategoryOfNeed;
import hearth.childrenincare.ChildrenInCare;
import hearth.childrenincare.LegalStatus;
import hearth.childrenincare.NewPlacement;
import hearth.childrenincare.PlacementProvider;
import hearth.childrenincare.PlacementType;
import hearth.childrenincare.SiblingArrangement;
import hearth.frontdoor.Consent;
import hearth.frontdoor.ContactView;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.NewContact;
import hearth.frontdoor.ReferralSource;
import hearth.frontdoor.ReferralView;
import hearth.frontdoor.RiskRating;
import hearth.frontdoor.ThresholdDecision;
import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.MutableClock;
import hearth.workforce.Workforce;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Records small journeys for the measures through each context's published API, on the day each step happened, for
 * children held by one team of the test's own (so the measures can be read for that team alone).
 */
final class MeasureJourneys {

    static final Attendance ALL = new Attendance("DC Shaw, Thames Valley Police", "Health visitor Amy Lee",
            "DSL Ms Ray, Park Primary", "SW Tom Hale", null);

    final Fixtures fx;
    final UUID team;
    final String worker;
    final String manager;
    final String chair;
    private final MutableClock clock;
    private final Workforce workforce;
    private final FrontDoor frontDoor;
    private final Assessments assessments;
    private final ChildProtection cp;
    private final ChildrenInCare care;

    MeasureJourneys(ApplicationContext context) {
        this.fx = new Fixtures(context);
        this.team = fx.team(fx.service(), null);
        this.worker = fx.user(Role.SOCIAL_WORKER, team);
        this.manager = fx.user(Role.TEAM_MANAGER, team);
        this.chair = fx.user(Role.CONFERENCE_CHAIR_IRO, null);
        this.clock = context.getBean(MutableClock.class);
        this.workforce = context.getBean(Workforce.class);
        this.frontDoor = context.getBean(FrontDoor.class);
        this.assessments = context.getBean(Assessments.class);
        this.cp = context.getBean(ChildProtection.class);
        this.care = context.getBean(ChildrenInCare.class);
    }

    /** A child held by the test's team from {@code heldFrom}. */
    PersonSummary child(String name, LocalDate born, LocalDate heldFrom) {
        PersonSummary child = fx.child(fx.name(name), "Measured", born);
        allocate(child.id(), team, worker, heldFrom);
        return child;
    }

    void allocate(UUID childId, UUID toTeam, String toWorker, LocalDate from) {
        as(manager, () -> {
            workforce.allocate(childId, toTeam, toWorker, from, "test allocation");
            return null;
        });
    }

    ReferralView referral(UUID childId, LocalDate on) {
        clock.setDate(on);
        return as(manager, () -> {
            ContactView contact = frontDoor.record(new NewContact(childId, clock.instant().minusSeconds(3600),
                    ReferralSource.S2A, "Ms Ray", "0118 000 0000", "Worried about home", true, Consent.GIVEN, false,
                    null, RiskRating.MEDIUM));
            ContactView seen = frontDoor.find(contact.id()).orElseThrow();
            return frontDoor.decide(seen.id(), seen.version(), ThresholdDecision.REFERRAL, "Meets the threshold")
                    .orElseThrow();
        });
    }

    AssessmentView assess(ReferralView referral, LocalDate completed) {
        AssessmentView a = assessments.forReferral(referral.id()).orElseThrow();
        clock.setDate(referral.date());
        AssessmentView started = as(worker, () -> assessments.start(a.id(), a.version(), referral.date()));
        clock.setDate(completed);
        AssessmentView withFactors = as(worker, () -> assessments.recordFactors(a.id(), started.version(),
                List.of(AssessmentFactor.F3B)));
        AssessmentView submitted = as(worker, () -> assessments.submit(a.id(), withFactors.version(),
                AssessmentOutcome.CHILD_IN_NEED_PLAN, "Needs support at home", completed,
                completed.isAfter(referral.date().plusWeeks(9)) ? "Waited for the school's view" : null));
        return as(manager, () -> assessments.authorise(a.id(), submitted.version()));
    }

    /** Strategy discussion and enquiry on {@code on}, initial conference on {@code icpc} deciding on a plan. */
    PlanView protectionPlan(UUID childId, LocalDate on, LocalDate icpc) {
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
                AbuseCategory.PHY, null, null, "Plan agreed")));
        return cp.findPlan(c.planId()).orElseThrow();
    }

    PlanView endPlan(PlanView plan, LocalDate on) {
        clock.setDate(on);
        PlanView current = cp.findPlan(plan.id()).orElseThrow();
        return as(manager, () -> cp.endPlan(plan.id(), current.version(), on, PlanEndReason.RISK_REDUCED, true));
    }

    CarePeriodView lookedAfter(UUID childId, LocalDate from) {
        clock.setDate(from);
        CarePeriodView period = as(worker, () -> care.becomeLookedAfter(childId, from, LegalStatus.C2,
                CategoryOfNeed.N1));
        placed(period.id(), from, fx.name("Carer"));
        return period;
    }

    void placed(UUID periodId, LocalDate on, String carer) {
        clock.setDate(on);
        long version = care.find(periodId).orElseThrow().version();
        NewPlacement placement = new NewPlacement(on, carer, PlacementType.U6, PlacementProvider.PR1, "RG1 1AA",
                "RG2 2BB", null, null, false, null, null, SiblingArrangement.NO_SIBLINGS_IN_CARE, null, false, false,
                care.placementsOf(periodId).isEmpty() ? null : hearth.childrenincare.PlacementChangeReason.CARPL);
        as(worker, () -> care.recordPlacement(periodId, version, placement));
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
