package hearth.demo;

import hearth.childinneed.ClosureReason;
import hearth.frontdoor.ReferralView;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.platform.HearthClock;
import hearth.security.Role;
import hearth.workforce.TeamKind;
import hearth.workforce.Workforce;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What follows a referral in the demo authority: the child is allocated for assessment, and the journey goes on
 * through whichever contexts exist. Children whose involvement ends go into the pool that re-referrals come from.
 */
@Component
class DemoCasework {

    private final Workforce workforce;
    private final People people;
    private final DemoActors actors;
    private final DemoAssessments assessments;
    private final DemoChildInNeed childInNeed;
    private final DemoChildProtection protection;
    private final DemoEarlyHelp earlyHelp;
    private final DemoMissing missing;
    private final DemoChildrenInCare childrenInCare;
    private final DemoCaseNotes caseNotes;

    DemoCasework(Workforce workforce, People people, DemoActors actors, DemoAssessments assessments,
            DemoChildInNeed childInNeed, DemoChildProtection protection, DemoEarlyHelp earlyHelp, DemoMissing missing,
            DemoChildrenInCare childrenInCare, DemoCaseNotes caseNotes) {
        this.childrenInCare = childrenInCare;
        this.caseNotes = caseNotes;
        this.earlyHelp = earlyHelp;
        this.missing = missing;
        this.workforce = workforce;
        this.people = people;
        this.actors = actors;
        this.assessments = assessments;
        this.childInNeed = childInNeed;
        this.protection = protection;
    }

    /** Children whose involvement ended, from which the front door draws children who come back. */
    static final class Pool {

        /** Share of contacts about a child whose involvement ended in the year before. */
        static final int BACK_PERCENT = 40;
        private final List<PersonSummary> children = new ArrayList<>();
        private final List<Instant> ended = new ArrayList<>();

        void ended(PersonSummary child, Instant at) {
            children.add(child);
            ended.add(at);
        }

        Optional<PersonSummary> childBackSoon(Random random, Instant at) {
            if (children.isEmpty() || random.nextInt(100) >= BACK_PERCENT) {
                return Optional.empty();
            }
            Instant yearBefore = at.minus(Duration.ofDays(365));
            for (int tries = 0; tries < 6; tries++) {
                int i = random.nextInt(children.size());
                if (ended.get(i).isBefore(at) && ended.get(i).isAfter(yearBefore)) {
                    PersonSummary child = children.get(i);
                    remove(i);
                    return Optional.of(child);
                }
                if (ended.get(i).isBefore(yearBefore)) {
                    remove(i);
                }
            }
            return Optional.empty();
        }

        private void remove(int i) {
            int last = children.size() - 1;
            children.set(i, children.get(last));
            ended.set(i, ended.get(last));
            children.remove(last);
            ended.remove(last);
        }
    }

    static Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(HearthClock.LONDON).toInstant();
    }

    /** Follows a referral as far as the journey goes before {@code now}. */
    void follow(ReferralView referral, boolean strategy, Instant now, DemoCast cast, Random random, Pool pool) {
        LocalDate allocatedOn = referral.date().plusDays(random.nextInt(4));
        if (at(allocatedOn, 10).isAfter(now)) {
            return;
        }
        DemoCast.Team team = cast.team(TeamKind.ASSESSMENT, random);
        String worker = team.anyWorker(random);
        actors.as(team.manager(), Role.TEAM_MANAGER, at(allocatedOn, 10), () -> workforce.allocate(referral.childId(),
                team.id(), worker, allocatedOn, "Allocated for assessment"));
        PersonSummary child = people.find(referral.childId()).orElseThrow();
        UUID childId = child.id();
        missing.follow(child, allocatedOn, worker, team.manager(), now, random);
        caseNotes.write(childId, child.firstName(), worker, team.manager(), allocatedOn, now);
        if (strategy) {
            // a referral that leads to a section 47 enquiry has its primary need from the start (DfE rule 8610)
            childInNeed.primaryNeed(childId, worker, allocatedOn, random);
            DemoChildProtection.Result early = protection.follow(childId, false, worker, team.manager(), now, random);
            if (early.ending() == DemoChildProtection.Ending.NOT_FINISHED) {
                return;
            }
        }
        var concluded = assessments.follow(referral, strategy, allocatedOn, worker, team.manager(), now, random);
        if (concluded.isEmpty()) {
            return;
        }
        LocalDate decided = concluded.get().authorisedOn();
        childInNeed.primaryNeed(childId, worker, decided, random);
        // after a section 47 enquiry the case did not close "after assessment" (RC8/RC9, DfE rule 2990)
        ClosureReason noFurtherAction = strategy ? ClosureReason.RC7 : ClosureReason.RC8;
        ClosureReason stepDown = strategy ? ClosureReason.RC7 : ClosureReason.RC9;
        Optional<LocalDate> closed = switch (concluded.get().outcome()) {
            case NO_FURTHER_ACTION -> childInNeed.close(childId, noFurtherAction,
                    decided.plusDays(1 + random.nextInt(4)), worker, team.manager(), now, random);
            case STEP_DOWN_TO_EARLY_HELP -> childInNeed.close(childId, stepDown,
                    decided.plusDays(1 + random.nextInt(4)), worker, team.manager(), now, random);
            case CHILD_IN_NEED_PLAN -> {
                DemoCast.Team longTerm = transfer(childId, decided, cast, random);
                if (Math.floorMod(childId.getLeastSignificantBits(), 40) == 0) {
                    childrenInCare.section20(childId, decided.plusWeeks(3), longTerm.anyWorker(new Random(0)), now);
                }
                yield childInNeed.planThenClose(childId, decided, longTerm.anyWorker(random) , longTerm.manager(), now,
                        random);
            }
            case SECTION_47_ENQUIRY -> protect(childId, decided, cast, now, random);
        };
        closed.ifPresent(on -> pool.ended(child, at(on, 17)));
        if (closed.isPresent() && concluded.get().outcome() == hearth.assessment.AssessmentOutcome.STEP_DOWN_TO_EARLY_HELP) {
            earlyHelp.follow(childId, cast, now, random);
        }
    }

    /** The section 47 path: enquiry, maybe a conference and a plan, then a child in need plan or closure. */
    private Optional<LocalDate> protect(UUID childId, LocalDate from, DemoCast cast, Instant now, Random random) {
        DemoCast.Team longTerm = transfer(childId, from, cast, random);
        String worker = longTerm.anyWorker(random);
        DemoChildProtection.Result result = protection.follow(childId, true, worker, longTerm.manager(), now, random);
        return switch (result.ending()) {
            case NOT_FINISHED, LOOKED_AFTER -> Optional.empty();
            case NO_CONFERENCE_CONTINUE_AS_CIN, PLAN_ENDED_CONTINUE_AS_CIN -> childInNeed.planThenClose(childId,
                    result.on(), worker, longTerm.manager(), now, random);
            case NO_FURTHER_ACTION, PLAN_ENDED_CLOSED -> childInNeed.close(childId, ClosureReason.RC7,
                    result.on().plusDays(1 + random.nextInt(10)), worker, longTerm.manager(), now, random);
        };
    }

    /** Moves the child from the assessment team to a long-term safeguarding team's worker. */
    private DemoCast.Team transfer(UUID childId, LocalDate on, DemoCast cast, Random random) {
        DemoCast.Team team = cast.team(TeamKind.CHILD_PROTECTION, random);
        String worker = team.anyWorker(random);
        actors.as(team.manager(), Role.TEAM_MANAGER, at(on, 9), () -> workforce.allocate(childId, team.id(), worker,
                on, "Transferred for a plan"));
        return new DemoCast.Team(team.id(), team.manager(), List.of(worker));
    }
}
