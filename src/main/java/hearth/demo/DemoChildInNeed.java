package hearth.demo;

import hearth.childinneed.ActionStatus;
import hearth.childinneed.Attendee;
import hearth.childinneed.ChildrenInNeed;
import hearth.childinneed.ClosureProposal;
import hearth.childinneed.ClosureReason;
import hearth.childinneed.ClosureView;
import hearth.childinneed.EpisodeView;
import hearth.childinneed.NewReview;
import hearth.childinneed.NewVisit;
import hearth.childinneed.PlanView;
import hearth.childinneed.PrimaryNeed;
import hearth.childinneed.ProgressUpdate;
import hearth.childinneed.ReviewDecision;
import hearth.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Children in need as the allocated worker and their manager record them: the primary need, a plan whose first
 * meeting is mostly on time, visits about every four weeks and reviews about every three months (a few late),
 * progress on each action, then closure proposed by the worker and authorised by the manager.
 */
@Component
class DemoChildInNeed {

    private static final List<String> NEEDS = List.of("Home conditions and routines", "School attendance",
            "Parental mental health support", "Safety from domestic abuse", "Emotional wellbeing",
            "Health appointments kept");

    private final ChildrenInNeed cin;
    private final DemoActors actors;

    DemoChildInNeed(ChildrenInNeed cin, DemoActors actors) {
        this.cin = cin;
        this.actors = actors;
    }

    /** Records the primary need once the child has an open episode. */
    void primaryNeed(UUID childId, String worker, LocalDate on, Random random) {
        cin.openEpisodeFor(childId).filter(e -> e.primaryNeed() == null).ifPresent(e -> actors.as(worker,
                Role.SOCIAL_WORKER, DemoAssessments.at(on, 12), () -> cin.recordPrimaryNeed(e.id(), e.version(),
                        random.nextInt(3) > 0 ? PrimaryNeed.N1 : PrimaryNeed.values()[random.nextInt(PrimaryNeed.values().length)])));
    }

    /** A plan from about {@code from} for some months, then closure; answers the day the case closed, if it did. */
    Optional<LocalDate> planThenClose(UUID childId, LocalDate from, String worker, String manager, Instant now,
            Random random) {
        EpisodeView episode = cin.openEpisodeFor(childId).orElse(null);
        if (episode == null) {
            return Optional.empty();
        }
        LocalDate start = from.plusDays(random.nextInt(10) < 8 ? 3 + random.nextInt(7) : 10 + random.nextInt(20));
        if (DemoAssessments.at(start, 10).isAfter(now)) {
            return Optional.empty();
        }
        PlanView plan = actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(start, 10),
                () -> cin.startPlan(episode.id(), start));
        List<UUID> actions = new ArrayList<>();
        int needs = 1 + random.nextInt(3);
        for (int i = 0; i < needs; i++) {
            String need = NEEDS.get((i + random.nextInt(NEEDS.size())) % NEEDS.size());
            actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(start, 11), () -> {
                UUID needId = cin.addNeed(plan.id(), need);
                actions.add(cin.addAction(needId, "Agree and follow a plan for: " + need.toLowerCase(),
                        random.nextBoolean() ? "Parent with the social worker" : "School and family worker",
                        start.plusWeeks(6 + random.nextInt(10))));
            });
        }
        LocalDate end = start.plusMonths(3 + random.nextInt(10));
        LocalDate nextVisit = start.plusDays(21 + random.nextInt(14));
        LocalDate nextReview = start.plusMonths(3).plusDays(random.nextInt(10) < 8 ? -random.nextInt(10) : 5 + random.nextInt(20));
        while (nextVisit.isBefore(end) || nextReview.isBefore(end)) {
            boolean visitFirst = !nextVisit.isAfter(nextReview);
            LocalDate day = visitFirst ? nextVisit : nextReview;
            if (DemoAssessments.at(day, 14).isAfter(now)) {
                return Optional.empty();
            }
            if (visitFirst) {
                boolean seen = random.nextInt(12) > 0;
                actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(day, 14), () -> cin.recordVisit(episode.id(),
                        new NewVisit(day, seen, seen && random.nextInt(3) > 0, seen ? DemoAssessments.wishes(random)
                                : "Not seen: the child was at a club after school; a visit is rearranged for this week.")));
                nextVisit = day.plusDays(random.nextInt(10) < 8 ? 21 + random.nextInt(8) : 29 + random.nextInt(20));
            } else {
                List<ProgressUpdate> progress = actions.stream().map(a -> new ProgressUpdate(a,
                        ActionStatus.values()[1 + random.nextInt(3)], "Reviewed with the family")).toList();
                actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(day, 14), () -> cin.recordReview(episode.id(),
                        new NewReview(day, List.of(new Attendee("Parent", "Parent", true),
                                new Attendee("Class teacher", "School", random.nextInt(4) > 0),
                                new Attendee("Health visitor", "Health", random.nextBoolean())),
                                progress, DemoAssessments.wishes(random), ReviewDecision.CONTINUE_PLAN)));
                nextReview = day.plusMonths(3).plusDays(random.nextInt(10) < 8 ? -random.nextInt(7) : 3 + random.nextInt(20));
            }
        }
        return close(childId, ClosureReason.RC7, end, worker, manager, now, random);
    }

    /** The worker proposes closure for {@code reason} on {@code on}; the manager authorises a few days later. */
    Optional<LocalDate> close(UUID childId, ClosureReason reason, LocalDate on, String worker, String manager,
            Instant now, Random random) {
        EpisodeView episode = cin.openEpisodeFor(childId).orElse(null);
        LocalDate authorisedOn = on.plusDays(random.nextInt(5));
        if (episode == null || DemoAssessments.at(authorisedOn, 16).isAfter(now)) {
            return Optional.empty();
        }
        if (episode.primaryNeed() == null) {
            // an episode with an assessment, an enquiry or a plan does not close without its primary need (DfE rule
            // 8610): once closed it could not be recorded
            primaryNeed(childId, worker, on, random);
        }
        ClosureView proposed = actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(on, 15),
                () -> cin.proposeClosure(episode.id(), cin.find(episode.id()).orElseThrow().version(),
                        new ClosureProposal(reason, summary(reason), "Risks reviewed with the family and partners; "
                                + "the school and health visitor know how to refer again if worries return.")));
        ClosureView closed = actors.as(manager, Role.TEAM_MANAGER, DemoAssessments.at(authorisedOn, 16),
                () -> cin.authoriseClosure(proposed.id(), proposed.version(), reason == ClosureReason.RC9));
        return Optional.ofNullable(closed.closedOn());
    }

    private static String summary(ClosureReason reason) {
        return switch (reason) {
            case RC8 -> "Assessment found no role for children's social care; the family has support in place.";
            case RC9 -> "Assessment found needs that family help can meet; the family agreed to early help.";
            default -> "The plan's outcomes are met: home conditions improved and school attendance is above 90%.";
        };
    }
}
