package hearth.demo;

import hearth.childprotection.AbuseCategory;
import hearth.childprotection.ActionView;
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
import hearth.childprotection.NewCoreGroup;
import hearth.childprotection.NewVisit;
import hearth.childprotection.ParentsAttendance;
import hearth.childprotection.PlanEndReason;
import hearth.childprotection.PlanView;
import hearth.childprotection.ProgressRating;
import hearth.childprotection.ProgressView;
import hearth.childprotection.StrategyDiscussionView;
import hearth.childprotection.StrategyKind;
import hearth.security.Role;
import hearth.timescales.WorkingDays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Child protection as it happens: the strategy discussion the need for one opened (mostly the same or next
 * working day), the section 47 enquiry authorised by a manager, an initial conference mostly within 15 working
 * days, then a plan with core groups, visits about every 10 working days and review conferences, ending after
 * months (a few go on past two years, some children come back onto a second plan).
 */
@Component
class DemoChildProtection {

    static final String CHAIR = "iro.demo";
    private static final Attendance ALL = new Attendance("DC Shaw, Thames Valley Police",
            "Health visitor, Berkshire Healthcare", "Designated safeguarding lead", "Social worker and team manager", null);

    /** How the child protection part of a journey ended. */
    enum Ending { NOT_FINISHED, NO_CONFERENCE_CONTINUE_AS_CIN, NO_FURTHER_ACTION, PLAN_ENDED_CONTINUE_AS_CIN, PLAN_ENDED_CLOSED, LOOKED_AFTER }

    record Result(Ending ending, LocalDate on) {
    }

    private final ChildProtection cp;
    private final DemoActors actors;
    private final WorkingDays workingDays;
    private final DemoCourt court;

    DemoChildProtection(ChildProtection cp, DemoActors actors, WorkingDays workingDays, DemoCourt court) {
        this.court = court;
        this.cp = cp;
        this.actors = actors;
        this.workingDays = workingDays;
    }

    /** Follows the child's waiting strategy discussion as far as it goes before {@code now}. */
    Result follow(UUID childId, boolean conferenceLikely, String worker, String manager, Instant now, Random random) {
        StrategyDiscussionView waiting = cp.strategyDiscussionsFor(childId).stream().filter(d -> !d.held())
                .findFirst().orElse(null);
        if (waiting == null) {
            return new Result(Ending.NOT_FINISHED, null);
        }
        Instant heldAt = waiting.concernAt().plus(random.nextInt(10) < 8 ? Duration.ofHours(2 + random.nextInt(20))
                : Duration.ofHours(30 + random.nextInt(72)));
        if (heldAt.isAfter(now)) {
            return new Result(Ending.NOT_FINISHED, null);
        }
        actors.as(worker, Role.SOCIAL_WORKER, heldAt, () -> cp.holdStrategyDiscussion(waiting.id(), waiting.version(),
                new HeldStrategyDiscussion(random.nextInt(3) == 0 ? StrategyKind.MEETING : StrategyKind.DISCUSSION,
                        heldAt, ALL, "Police and health shared previous incidents and the child's presentation.",
                        "A section 47 enquiry is needed; the child to be seen today.",
                        List.of(new NewAction("See the child alone at school", worker)), true,
                        "Reasonable cause to suspect the child is suffering, or likely to suffer, significant harm.")));
        LocalDate start = LocalDate.ofInstant(heldAt, hearth.platform.HearthClock.LONDON);
        EnquiryView enquiry = cp.enquiryStartedBy(waiting.id()).orElseThrow();
        int roll = random.nextInt(100);
        EnquiryOutcome outcome = !conferenceLikely ? (roll < 70 ? EnquiryOutcome.CONTINUE_AS_CHILD_IN_NEED
                : EnquiryOutcome.CONFERENCE_NOT_NEEDED)
                : roll < 70 ? EnquiryOutcome.CONFERENCE_NEEDED : roll < 95 ? EnquiryOutcome.CONTINUE_AS_CHILD_IN_NEED
                : EnquiryOutcome.CONFERENCE_NOT_NEEDED;
        LocalDate concluded = workingDays.statutory().addWorkingDays(start, 2 + random.nextInt(6));
        if (DemoAssessments.at(concluded.plusDays(2), 12).isAfter(now)) {
            return new Result(Ending.NOT_FINISHED, null);
        }
        EnquiryView recorded = actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(concluded, 12),
                () -> cp.recordEnquiryOutcome(enquiry.id(), enquiry.version(), new EnquiryFindings(true,
                        random.nextInt(4) > 0, start.plusDays(random.nextInt(2)),
                        "The child was seen and spoken with; parents and partners were interviewed.", outcome,
                        outcome == EnquiryOutcome.CONFERENCE_NEEDED ? null
                                : "Concerns not substantiated to the level of significant harm; needs remain.")));
        LocalDate authorisedOn = concluded.plusDays(random.nextInt(3));
        actors.as(manager, Role.TEAM_MANAGER, DemoAssessments.at(authorisedOn, 12),
                () -> cp.authoriseEnquiry(enquiry.id(), recorded.version()));
        return switch (outcome) {
            case CONTINUE_AS_CHILD_IN_NEED -> new Result(Ending.NO_CONFERENCE_CONTINUE_AS_CIN, authorisedOn);
            case CONFERENCE_NOT_NEEDED -> new Result(Ending.NO_FURTHER_ACTION, authorisedOn);
            case CONFERENCE_NEEDED -> conferenceAndPlan(enquiry, start, worker, manager, now, random);
        };
    }

    private Result conferenceAndPlan(EnquiryView enquiry, LocalDate strategyDay, String worker, String manager,
            Instant now, Random random) {
        var calendar = workingDays.statutory();
        LocalDate icpc = calendar.addWorkingDays(strategyDay, random.nextInt(10) < 8 ? 8 + random.nextInt(7)
                : 16 + random.nextInt(8));
        if (DemoAssessments.at(icpc, 10).isAfter(now)) {
            return new Result(Ending.NOT_FINISHED, null);
        }
        boolean plan = random.nextInt(100) < 88;
        AbuseCategory category = List.of(AbuseCategory.NEG, AbuseCategory.NEG, AbuseCategory.EMO, AbuseCategory.EMO,
                AbuseCategory.PHY, AbuseCategory.SAB, AbuseCategory.MUL).get(random.nextInt(7));
        ConferenceView conference = actors.as(CHAIR, Role.CONFERENCE_CHAIR_IRO, DemoAssessments.at(icpc, 10),
                () -> cp.holdInitialConference(enquiry.id(), new NewConference(icpc, ALL, parents(random),
                        DemoAssessments.wishes(random), true, random.nextInt(3) == 0,
                        plan ? ConferenceDecision.PLAN : ConferenceDecision.NO_PLAN, plan ? category : null, null, null,
                        "Conference considered the reports of all agencies and the parents' views.")));
        if (!plan) {
            return new Result(Ending.PLAN_ENDED_CONTINUE_AS_CIN, icpc);
        }
        UUID planId = conference.planId();
        actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(icpc, 15), () -> {
            cp.addPlanAction(planId, new NewAction("Parents attend the domestic abuse programme", "Parents"));
            cp.addPlanAction(planId, new NewAction("Child attends school every day", "School and parents"));
        });
        LocalDate end = icpc.plusMonths(random.nextInt(25) == 0 ? 24 + random.nextInt(6) : 5 + random.nextInt(12));
        boolean lookedAfter = false;
        if (random.nextInt(100) < 10) {
            Optional<LocalDate> careOrder = court.follow(enquiry.childId(), icpc.plusMonths(2 + random.nextInt(4)),
                    worker, manager, now, random);
            if (careOrder.isPresent()) {
                end = careOrder.get();
                lookedAfter = true;
            }
        }
        LocalDate nextCoreGroup = calendar.addWorkingDays(icpc, random.nextInt(10) < 8 ? 5 + random.nextInt(5) : 11 + random.nextInt(5));
        LocalDate nextVisit = calendar.addWorkingDays(icpc, 3 + random.nextInt(7));
        LocalDate nextReview = icpc.plusMonths(3).minusDays(random.nextInt(14));
        while (true) {
            LocalDate day = min(nextCoreGroup, min(nextVisit, nextReview));
            if (!day.isBefore(end)) {
                break;
            }
            if (DemoAssessments.at(day, 11).isAfter(now)) {
                return new Result(Ending.NOT_FINISHED, null);
            }
            if (day.equals(nextReview)) {
                PlanView current = cp.findPlan(planId).orElseThrow();
                actors.as(CHAIR, Role.CONFERENCE_CHAIR_IRO, DemoAssessments.at(day, 11), () -> cp.holdReviewConference(
                        planId, current.version(), new NewConference(day, ALL, parents(random),
                                DemoAssessments.wishes(random), true, false, ConferenceDecision.CONTINUE_PLAN,
                                current.latestCategory(), null, null, "Review of progress against the plan.")));
                nextReview = day.plusMonths(6).minusDays(random.nextInt(20));
            } else if (day.equals(nextCoreGroup)) {
                List<ProgressView> progress = cp.actionsFor(planId).stream().map(ActionView::id)
                        .map(a -> new ProgressView(a, ProgressRating.values()[1 + random.nextInt(3)], "Discussed"))
                        .toList();
                actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(day, 11), () -> cp.holdCoreGroup(planId,
                        new NewCoreGroup(day, ALL, progress, "Core group reviewed the plan's actions.")));
                nextCoreGroup = day.plusDays(random.nextInt(10) < 8 ? 24 + random.nextInt(5) : 30 + random.nextInt(14));
            } else {
                boolean seen = random.nextInt(15) > 0;
                actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(day, 11), () -> cp.recordVisit(planId,
                        new NewVisit(day, seen, seen && random.nextInt(3) > 0, seen ? DemoAssessments.wishes(random)
                                : "Not seen: asleep", "Statutory visit")));
                nextVisit = calendar.addWorkingDays(day, random.nextInt(10) < 8 ? 7 + random.nextInt(4) : 11 + random.nextInt(6));
            }
        }
        LocalDate last = end;
        if (DemoAssessments.at(last, 15).isAfter(now)) {
            return new Result(Ending.NOT_FINISHED, null);
        }
        PlanView current = cp.findPlan(planId).orElseThrow();
        if (lookedAfter) {
            actors.as(manager, Role.TEAM_MANAGER, DemoAssessments.at(last, 15), () -> cp.endPlan(planId,
                    current.version(), last, PlanEndReason.LOOKED_AFTER, false));
            return new Result(Ending.LOOKED_AFTER, last);
        }
        boolean cin = random.nextInt(100) < 75;
        actors.as(CHAIR, Role.CONFERENCE_CHAIR_IRO, DemoAssessments.at(last, 15), () -> cp.holdReviewConference(planId,
                current.version(), new NewConference(last, ALL, parents(random), DemoAssessments.wishes(random), true,
                        false, ConferenceDecision.END_PLAN, null, PlanEndReason.RISK_REDUCED, cin,
                        "Risks have reduced; the plan can end.")));
        return new Result(cin ? Ending.PLAN_ENDED_CONTINUE_AS_CIN : Ending.PLAN_ENDED_CLOSED, last);
    }

    /** The plan the child is on now, if any. */
    Optional<PlanView> activePlan(UUID childId) {
        return cp.activePlan(childId);
    }

    private static ParentsAttendance parents(Random random) {
        return ParentsAttendance.values()[random.nextInt(4)];
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
