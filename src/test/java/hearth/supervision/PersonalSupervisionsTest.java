package hearth.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.notifications.Notification;
import hearth.notifications.Notifications;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Personal supervision falls due at the local standard's frequency and overdue supervision is flagged upwards. */
@HearthTest
class PersonalSupervisionsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    PersonalSupervisions supervisions;
    @Autowired
    OverdueSupervisionAlerts alerts;
    @Autowired
    Notifications notifications;
    @Autowired
    hearth.workforce.Workforce workforce;

    SupervisionWorld world;
    LocalDate held = LocalDate.of(2026, 3, 10);

    @BeforeEach
    void setUp() {
        clock.setDate(held);
        world = new SupervisionWorld(context);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void supervisionIsDueAMonthLaterAndOverdueTheDayAfter() {
        world.as(world.manager, () -> supervisions.record(world.worker, SupervisionWorld.personal(held)));

        clock.setDate(held.plusMonths(1));
        SupervisionStanding onTheDay = supervisions.standingOf(world.worker).orElseThrow();
        assertThat(onTheDay.dueOn()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(onTheDay.overdue()).isFalse();
        assertThat(onTheDay.supervisor()).isEqualTo(world.manager);

        clock.setDate(held.plusMonths(1).plusDays(3));
        SupervisionStanding late = supervisions.standingOf(world.worker).orElseThrow();
        assertThat(late.overdue()).isTrue();
        assertThat(late.daysOverdue()).isEqualTo(3);
    }

    @Test
    void aWorkerNeverSupervisedIsDueAMonthAfterStartingAndOverdueAfterThat() {
        String newcomer = "sw-new-" + java.util.UUID.randomUUID();
        workforce.ensureWorker(newcomer, "Newcomer", "Social worker", world.team, held.minusDays(20));

        SupervisionStanding first = supervisions.standingOf(newcomer).orElseThrow();
        assertThat(first.neverSupervised()).isTrue();
        assertThat(first.dueOn()).isEqualTo(held.minusDays(20).plusMonths(1));
        assertThat(first.overdue()).isFalse();

        clock.setDate(held.plusDays(20));
        assertThat(supervisions.standingOf(newcomer).orElseThrow().overdue()).isTrue();
        assertThat(supervisions.overdueInServicesHeadedBy(world.head)).extracting(SupervisionStanding::worker)
                .contains(newcomer);
    }

    @Test
    void newlyQualifiedStaffAreDueFortnightly() {
        world.workforce.markNewlyQualified(world.worker, held.plusMonths(10));
        world.as(world.manager, () -> supervisions.record(world.worker, SupervisionWorld.personal(held)));

        clock.setDate(held.plusDays(14));
        assertThat(supervisions.standingOf(world.worker).orElseThrow().overdue()).isFalse();
        clock.setDate(held.plusDays(15));
        SupervisionStanding late = supervisions.standingOf(world.worker).orElseThrow();
        assertThat(late.newlyQualified()).isTrue();
        assertThat(late.daysOverdue()).isEqualTo(1);
    }

    @Test
    void overdueSupervisionIsFlaggedToTheHeadOfServiceOnceForEachMissedDate() {
        world.as(world.manager, () -> supervisions.record(world.worker, SupervisionWorld.personal(held)));
        world.as(world.head, () -> supervisions.record(world.manager, SupervisionWorld.personal(held)));

        clock.setDate(held.plusMonths(1));
        alerts.flagOverdue();
        assertThat(flagsAbout(world.workerName)).isZero();

        clock.setDate(held.plusMonths(1).plusDays(2));
        alerts.flagOverdue();
        alerts.flagOverdue();
        assertThat(flagsAbout(world.workerName)).isEqualTo(1);
        assertThat(supervisions.overdueInServicesHeadedBy(world.head)).extracting(SupervisionStanding::worker)
                .contains(world.worker, world.manager);
        assertThat(supervisions.supervisedBy(world.manager)).extracting(SupervisionStanding::worker)
                .containsExactly(world.worker);

        world.as(world.manager, () -> supervisions.record(world.worker, SupervisionWorld.personal(LocalDate.now(clock))));
        assertThat(supervisions.overdueInServicesHeadedBy(world.head)).extracting(SupervisionStanding::worker)
                .doesNotContain(world.worker);
    }

    @Test
    void onlyTheSupervisorOrHeadOfServiceOverseesAWorker() {
        assertThat(supervisions.oversees(world.manager, world.worker)).isTrue();
        assertThat(supervisions.oversees(world.head, world.worker)).isTrue();
        assertThat(supervisions.oversees(world.worker, world.manager)).isFalse();
        assertThat(supervisions.oversees(world.head, world.manager)).isTrue();
    }

    private long flagsAbout(String name) {
        return notifications.recent(world.head, 50).stream().map(Notification::detail)
                .filter(d -> d != null && d.startsWith(name)).count();
    }
}
