package hearth.demo;

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

    DemoCasework(Workforce workforce, People people, DemoActors actors, DemoAssessments assessments) {
        this.workforce = workforce;
        this.people = people;
        this.actors = actors;
        this.assessments = assessments;
    }

    /** Children whose involvement ended, from which the front door draws children who come back. */
    static final class Pool {

        /** Share of contacts about a child whose involvement ended in the year before. */
        static final int BACK_PERCENT = 14;
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
        var concluded = assessments.follow(referral, strategy, allocatedOn, worker, team.manager(), now, random);
        if (concluded.isEmpty()) {
            return;
        }
        switch (concluded.get().outcome()) {
            case NO_FURTHER_ACTION, STEP_DOWN_TO_EARLY_HELP -> pool.ended(child, at(concluded.get().authorisedOn(), 12));
            default -> pool.ended(child, at(concluded.get().authorisedOn().plusMonths(3 + random.nextInt(9)), 12));
        }
    }
}
