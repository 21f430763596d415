package hearth.demo;

import hearth.earlyhelp.Attendee;
import hearth.earlyhelp.ClosureOutcome;
import hearth.earlyhelp.EarlyHelp;
import hearth.earlyhelp.EpisodeStatus;
import hearth.earlyhelp.EpisodeView;
import hearth.earlyhelp.FamilyAssessment;
import hearth.earlyhelp.LeadProfessional;
import hearth.earlyhelp.Priority;
import hearth.earlyhelp.Progress;
import hearth.earlyhelp.ReviewDecision;
import hearth.security.Role;
import hearth.workforce.TeamKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Family help after a front-door decision or a step-down: some families wait (checked in with about every six
 * weeks), then a lead professional (often from a school or health), a family help assessment, a
 * team-around-the-family plan reviewed every couple of months, and closure after some months.
 */
@Component
class DemoEarlyHelp {

    private final EarlyHelp earlyHelp;
    private final DemoActors actors;

    DemoEarlyHelp(EarlyHelp earlyHelp, DemoActors actors) {
        this.earlyHelp = earlyHelp;
        this.actors = actors;
    }

    /** Follows the child's active early help episode, if one opened, as far as it goes before {@code now}. */
    void follow(UUID childId, DemoCast cast, Instant now, Random random) {
        EpisodeView episode = earlyHelp.episodesFor(childId).stream()
                .filter(e -> e.status() == EpisodeStatus.WAITING || e.status() == EpisodeStatus.OPEN)
                .filter(e -> e.serviceStartedOn() == null).findFirst().orElse(null);
        if (episode == null || episode.status() == EpisodeStatus.WAITING) {
            // none, or one an earlier contact already followed as far as today (still waiting for its service)
            return;
        }
        DemoCast.Team team = cast.team(TeamKind.EARLY_HELP, random);
        String worker = team.anyWorker(random);
        UUID id = episode.id();
        LocalDate start = episode.startedOn();
        if (random.nextInt(10) < 3) {
            LocalDate since = start;
            if (!run(worker, since, now, () -> earlyHelp.addToWaitingList(id, EarlyHelp.CURRENT, "Family help worker",
                    since, Priority.values()[random.nextInt(3)]))) {
                return;
            }
            int waitDays = 20 + random.nextInt(100);
            LocalDate checkIn = since.plusDays(35 + random.nextInt(14));
            while (checkIn.isBefore(since.plusDays(waitDays))) {
                LocalDate day = checkIn;
                if (!run(worker, day, now, () -> earlyHelp.recordCheckIn(id, day, worker + ", family help",
                        "Spoke with mum; still keen for support, no new worries."))) {
                    return;
                }
                checkIn = day.plusDays(random.nextInt(10) < 8 ? 35 + random.nextInt(7) : 43 + random.nextInt(20));
            }
            start = since.plusDays(waitDays);
        }
        LocalDate serviceStart = start;
        if (!run(worker, serviceStart, now, () -> earlyHelp.startService(id, EarlyHelp.CURRENT, serviceStart))) {
            return;
        }
        LeadProfessional lead = random.nextInt(10) < 6 ? LeadProfessional.worker(worker, null)
                : LeadProfessional.partner("Jo Patel", "School", "Designated safeguarding lead", "0118 900 1234");
        run(worker, serviceStart, now, () -> earlyHelp.setLeadProfessional(id, EarlyHelp.CURRENT, lead, serviceStart));
        LocalDate assessed = serviceStart.plusDays(10 + random.nextInt(25));
        if (!run(worker, assessed, now, () -> earlyHelp.recordAssessment(id, EarlyHelp.CURRENT,
                new FamilyAssessment(serviceStart, assessed, worker, "Parenting support and school attendance.")))) {
            return;
        }
        run(worker, assessed, now, () -> {
            earlyHelp.addPlanAction(id, "Regular routines at home", "Parenting course", "Mum with the family worker",
                    assessed.plusWeeks(10));
            earlyHelp.addPlanAction(id, "Attendance above 95%", "Morning routine plan", "School", assessed.plusWeeks(8));
        });
        LocalDate end = assessed.plusMonths(2 + random.nextInt(7));
        for (LocalDate review = assessed.plusWeeks(8); review.isBefore(end); review = review.plusWeeks(8 + random.nextInt(4))) {
            LocalDate day = review;
            if (!run(worker, day, now, () -> earlyHelp.recordReview(id, day, List.of(new Attendee("Parent", "Family"),
                    new Attendee("Class teacher", "School")), "Good progress on routines.", ReviewDecision.CONTINUE_PLAN,
                    null))) {
                return;
            }
            earlyHelp.planFor(id).forEach(a -> run(worker, day, now, () -> earlyHelp.recordProgress(a.id(),
                    EarlyHelp.CURRENT, Progress.values()[1 + random.nextInt(3)], "Reviewed", day)));
        }
        run(worker, end, now, () -> earlyHelp.close(id, EarlyHelp.CURRENT, end, random.nextInt(10) < 8
                ? ClosureOutcome.NEEDS_MET : ClosureOutcome.FAMILY_DISENGAGED, null));
    }

    /** Runs one step as the family worker on {@code day}, unless that day is still to come. */
    private boolean run(String worker, LocalDate day, Instant now, Runnable step) {
        Instant at = DemoAssessments.at(day, 13);
        if (at.isAfter(now)) {
            return false;
        }
        actors.as(worker, Role.FAMILY_WORKER, at, step);
        return true;
    }
}
