package hearth.missing;

import hearth.notifications.Notifications;
import hearth.timescales.Due;
import hearth.missing.domain.MissingEpisodeRepository;
import hearth.workforce.AllocationView;
import hearth.workforce.TeamView;
import hearth.workforce.Workforce;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Repeated missing prompts a screening for risk outside the home: the third episode in 90 days, with no screening
 * in that time, tells the allocated worker's manager (or the worker, when the team has no manager).
 */
@Component
class RepeatMissing {

    static final int EPISODES = 3;
    static final int DAYS = 90;
    private static final Logger log = LoggerFactory.getLogger(RepeatMissing.class);

    private final MissingEpisodeRepository episodes;
    private final RiskOutsideHome risk;
    private final Workforce workforce;
    private final Notifications notifications;

    RepeatMissing(MissingEpisodeRepository episodes, RiskOutsideHome risk, Workforce workforce,
            Notifications notifications) {
        this.episodes = episodes;
        this.risk = risk;
        this.workforce = workforce;
        this.notifications = notifications;
    }

    void check(UUID childId, Instant startedAt) {
        LocalDate since = LocalDate.ofInstant(startedAt, Due.LONDON).minusDays(DAYS);
        long count = episodes.countByChildIdAndVoidedFalseAndStartedAtGreaterThanEqual(childId,
                since.atStartOfDay(Due.LONDON).toInstant());
        if (count != EPISODES || risk.screenedSince(childId, since)) {
            return;
        }
        Optional<AllocationView> allocation = workforce.currentAllocation(childId);
        String manager = allocation.flatMap(a -> workforce.team(a.teamId())).map(TeamView::managerUsername)
                .orElse(null);
        String to = manager != null ? manager : allocation.map(AllocationView::workerUsername).orElse(null);
        if (to == null) {
            log.info("Child {} missing {} times in {} days; nobody allocated to tell", childId, count, DAYS);
            return;
        }
        notifications.notify(to, childId, "missing.notify.screening",
                count + " missing episodes in " + DAYS + " days", "/children/" + childId + "/missing");
    }
}
