package hearth.childprotection;

import hearth.security.HearthUser;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Drives the service through a child protection journey for tests, as worker, manager and chair. */
final class Journey {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Attendance ALL = new Attendance("DC Shaw, Thames Valley Police", "Health visitor Amy Lee",
            "DSL Ms Ray, Park Primary", "SW Tom Hale", null);

    final ChildProtection cp;
    final HearthUser worker;
    final HearthUser manager;
    final HearthUser chair;

    Journey(ChildProtection cp, HearthUser worker, HearthUser manager, HearthUser chair) {
        this.cp = cp;
        this.worker = worker;
        this.manager = manager;
        this.chair = chair;
    }

    StrategyDiscussionView need(UUID child, LocalDate on) {
        return SignedIn.as(worker, () -> cp.needStrategyDiscussion(child, StrategyTrigger.OPEN_CASE, null,
                "Bruising seen by school", on.atTime(9, 0).atZone(LONDON).toInstant()));
    }

    EnquiryView holdWithEnquiry(StrategyDiscussionView d, LocalDate on) {
        StrategyDiscussionView held = SignedIn.as(worker, () -> cp.holdStrategyDiscussion(d.id(), d.version(),
                new HeldStrategyDiscussion(StrategyKind.MEETING, on.atTime(LocalTime.of(9, 30)).atZone(LONDON)
                        .toInstant(), ALL, "School saw bruising", "Section 47 jointly with police",
                        List.of(new NewAction("Medical", "Health visitor")), true, "Injury unexplained")));
        return cp.enquiryStartedBy(held.id()).orElseThrow();
    }

    EnquiryView conferenceNeeded(EnquiryView e, LocalDate seenOn) {
        EnquiryView recorded = SignedIn.as(worker, () -> cp.recordEnquiryOutcome(e.id(), e.version(),
                new EnquiryFindings(true, true, seenOn, "Injury consistent with harm", EnquiryOutcome.CONFERENCE_NEEDED,
                        null)));
        return SignedIn.as(manager, () -> cp.authoriseEnquiry(e.id(), recorded.version()));
    }

    NewConference plan(LocalDate on, AbuseCategory category) {
        return new NewConference(on, ALL, ParentsAttendance.BOTH_ATTENDED, "Wants to stay at home", true, true,
                ConferenceDecision.PLAN, category, null, null, "Plan agreed");
    }

    NewConference review(LocalDate on, ConferenceDecision decision) {
        return new NewConference(on, ALL, ParentsAttendance.ONE_ATTENDED, "Feels safer", false, false, decision,
                decision == ConferenceDecision.CONTINUE_PLAN ? AbuseCategory.NEG : null,
                decision == ConferenceDecision.END_PLAN ? PlanEndReason.RISK_REDUCED : null,
                decision == ConferenceDecision.END_PLAN ? Boolean.TRUE : null, "Reviewed");
    }

    /** Strategy discussion, enquiry and a conference that starts a plan, all on {@code on}. */
    PlanView toPlan(UUID child, LocalDate on) {
        EnquiryView e = conferenceNeeded(holdWithEnquiry(need(child, on), on), on);
        ConferenceView c = SignedIn.as(chair, () -> cp.holdInitialConference(e.id(), plan(on, AbuseCategory.PHY)));
        return cp.findPlan(c.planId()).orElseThrow();
    }
}
