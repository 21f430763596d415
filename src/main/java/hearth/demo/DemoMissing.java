package hearth.demo;

import hearth.missing.ExploitationConcern;
import hearth.missing.ExploitationRiskLevel;
import hearth.missing.MissingEpisodeView;
import hearth.missing.MissingEpisodes;
import hearth.missing.MissingKind;
import hearth.missing.MissingReturn;
import hearth.missing.NewMissingEpisode;
import hearth.missing.ReturnInterviewFindings;
import hearth.missing.RiskOutsideHome;
import hearth.missing.SafetyPlanView;
import hearth.people.PersonSummary;
import hearth.platform.HearthClock;
import hearth.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Missing episodes as the allocated worker records them: about 1 in 7 children of 11 and over referred to children's
 * social care go missing while known (national figures: about 1 in 10 looked-after children a year, with repeats),
 * most back within a day; return interviews mostly offered within 72 hours and held by an independent worker, some
 * declined; a screening after repeated episodes, and for the riskier ones a planning meeting and a reviewed safety plan.
 */
@Component
class DemoMissing implements DemoRunState {

    private static final List<String> FOUND = List.of("At a friend's house", "Town centre bus station",
            "With an older boyfriend at a flat in town", "Came home by themselves", "Park near home",
            "Found by police at the railway station", "Grandparent's house");

    /** Whether a young person has been sent missing yet (see follow). */
    private boolean firstGiven;
    private final MissingEpisodes missing;
    private final RiskOutsideHome risk;
    private final DemoActors actors;

    DemoMissing(MissingEpisodes missing, RiskOutsideHome risk, DemoActors actors) {
        this.missing = missing;
        this.risk = risk;
        this.actors = actors;
    }

    @Override
    public void newRun() {
        firstGiven = false;
    }

    /** Maybe some missing episodes over the months after {@code from}, for a child of 11 or over. */
    void follow(PersonSummary child, LocalDate from, String worker, String manager, Instant now, Random random) {
        if (child.dateOfBirth() == null || Period.between(child.dateOfBirth(), from).getYears() < 11) {
            return;
        }
        boolean chosen = random.nextInt(100) < 15;
        // the first young person followed 4 months or more before now always goes missing, so even a small demo has
        // missing episodes and return interviews
        boolean longAgo = !DemoCasework.at(from.plusMonths(4), 12).isAfter(now);
        if (!chosen && (firstGiven || !longAgo)) {
            return;
        }
        firstGiven = firstGiven || longAgo;
        int episodes = 1;
        while (episodes < 6 && random.nextInt(100) < 45) {
            episodes++;
        }
        Instant start = DemoCasework.at(from.plusDays(7 + random.nextInt(60)), 15 + random.nextInt(8));
        for (int i = 0; i < episodes; i++) {
            if (!episode(child, start, worker, now, random)) {
                return;
            }
            if (i == 2) {
                screen(child, start, worker, manager, now, random);
            }
            start = start.plus(Duration.ofDays(5 + random.nextInt(40))).plus(Duration.ofHours(random.nextInt(12)));
        }
    }

    /** One episode; answers false when it runs past now. */
    private boolean episode(PersonSummary child, Instant start, String worker, Instant now, Random random) {
        Instant reportedAt = start.plus(Duration.ofMinutes(30 + random.nextInt(120)));
        if (reportedAt.isAfter(now)) {
            return false;
        }
        MissingKind kind = random.nextInt(5) == 0 ? MissingKind.AWAY : MissingKind.MISSING;
        boolean police = kind == MissingKind.MISSING && random.nextInt(10) > 0;
        MissingEpisodeView e = actors.as(worker, Role.SOCIAL_WORKER, reportedAt, () -> missing.report(
                new NewMissingEpisode(child.id(), kind, start, "Did not come back at the agreed time; phone off.",
                        police, police ? "CAD " + (1000 + random.nextInt(9000)) : null)));
        int roll = random.nextInt(100);
        Duration away = roll < 70 ? Duration.ofHours(2 + random.nextInt(20))
                : roll < 95 ? Duration.ofHours(24 + random.nextInt(48)) : Duration.ofDays(3 + random.nextInt(5));
        Instant back = start.plus(away);
        Instant recorded = back.plus(Duration.ofMinutes(20 + random.nextInt(60)));
        if (recorded.isAfter(now)) {
            return false;
        }
        MissingEpisodeView r = actors.as(worker, Role.SOCIAL_WORKER, recorded, () -> missing.recordReturn(e.id(),
                e.version(), new MissingReturn(back, FOUND.get(random.nextInt(FOUND.size())),
                        random.nextBoolean() ? "Brought back by police" : "Returned by themselves; tired but unhurt")));
        interview(r, worker, now, random);
        return true;
    }

    private void interview(MissingEpisodeView e, String worker, Instant now, Random random) {
        int roll = random.nextInt(100);
        if (roll < 5) {
            return;
        }
        Instant offered = e.endedAt().plus(roll < 88 ? Duration.ofHours(2 + random.nextInt(50))
                : Duration.ofHours(73 + random.nextInt(72)));
        if (offered.isAfter(now)) {
            return;
        }
        MissingEpisodeView o = actors.as(worker, Role.SOCIAL_WORKER, offered,
                () -> missing.offerInterview(e.id(), e.version(), offered));
        if (random.nextInt(100) < 22) {
            actors.as(worker, Role.SOCIAL_WORKER, offered.plus(Duration.ofHours(1)),
                    () -> missing.interviewDeclined(o.id(), o.version(), "Said they were fine and did not want to talk."));
            return;
        }
        Instant held = offered.plus(Duration.ofHours(random.nextInt(20)));
        if (held.plus(Duration.ofHours(2)).isAfter(now)) {
            return;
        }
        Set<ExploitationConcern> concerns = random.nextInt(5) == 0
                ? Set.of(ExploitationConcern.values()[random.nextInt(ExploitationConcern.values().length)]) : Set.of();
        actors.as(worker, Role.SOCIAL_WORKER, held.plus(Duration.ofHours(2)), () -> missing.interviewHeld(o.id(),
                o.version(), new ReturnInterviewFindings(held, "Return interview worker, Missing People",
                        "Arguments at home about rules and curfew", random.nextBoolean()
                                ? "Spending time with older friends" : "Wanted to see a boyfriend or girlfriend",
                        concerns, "Talked through staying safe; agreed a trusted adult to call.")));
    }

    /** After the third episode the worker screens; medium or high risk brings a meeting and a reviewed safety plan. */
    private void screen(PersonSummary child, Instant after, String worker, String manager, Instant now, Random random) {
        LocalDate on = LocalDate.ofInstant(after, HearthClock.LONDON).plusDays(3 + random.nextInt(10));
        if (random.nextInt(10) < 3 || DemoCasework.at(on, 16).isAfter(now)) {
            return;
        }
        ExploitationRiskLevel level = ExploitationRiskLevel.values()[random.nextInt(4)];
        Set<ExploitationConcern> concerns = level == ExploitationRiskLevel.NO_CONCERNS ? Set.of()
                : Set.of(random.nextBoolean() ? ExploitationConcern.CRIMINAL_EXPLOITATION
                        : ExploitationConcern.SEXUAL_EXPLOITATION);
        actors.as(worker, Role.SOCIAL_WORKER, DemoCasework.at(on, 16), () -> risk.screen(child.id(), on,
                "Local exploitation screening tool", concerns, level, "Screened after repeated missing episodes."));
        if (level != ExploitationRiskLevel.MEDIUM && level != ExploitationRiskLevel.HIGH) {
            return;
        }
        LocalDate meeting = on.plusDays(5 + random.nextInt(10));
        if (DemoCasework.at(meeting, 15).isAfter(now) || risk.currentPlan(child.id()).isPresent()) {
            return;
        }
        actors.as(manager, Role.TEAM_MANAGER, DemoCasework.at(meeting, 15), () -> risk.meetingHeld(child.id(), meeting,
                "Social worker; police missing person coordinator; school designated safeguarding lead; youth justice",
                "Disruption work with police; daily check-in with school; safety plan agreed with the child and family."));
        SafetyPlanView plan = actors.as(worker, Role.SOCIAL_WORKER, DemoCasework.at(meeting, 16),
                () -> risk.agreePlan(child.id(), meeting, "Trusted adult to call; curfew 9pm; phone checks agreed; "
                        + "school to report any absence by 10am."));
        LocalDate review = meeting.plusMonths(3).plusDays(random.nextInt(21) - 7);
        for (int i = 0; i < 3 && !DemoCasework.at(review, 14).isAfter(now); i++) {
            boolean continues = i < 2 && random.nextInt(3) > 0;
            LocalDate day = review;
            SafetyPlanView current = risk.plan(plan.id()).orElseThrow();
            actors.as(worker, Role.SOCIAL_WORKER, DemoCasework.at(day, 14), () -> risk.review(current.id(),
                    current.version(), day, continues ? "Fewer episodes; keep the plan." : "No missing for months; plan ended.",
                    continues));
            if (!continues) {
                return;
            }
            review = review.plusMonths(3).plusDays(random.nextInt(14) - 7);
        }
    }
}
