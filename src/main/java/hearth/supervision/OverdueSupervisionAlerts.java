package hearth.supervision;

import hearth.notifications.Notifications;
import hearth.workforce.TeamView;
import hearth.workforce.Workforce;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API: tells the head of service (the supervisor's manager) when a worker's personal supervision goes
 * overdue, once for each missed due date. Runs each night, and whenever a manager opens the supervision page.
 */
@Service
public class OverdueSupervisionAlerts {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private final PersonalSupervisions supervisions;
    private final Workforce workforce;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final Clock clock;

    OverdueSupervisionAlerts(PersonalSupervisions supervisions, Workforce workforce, Notifications notifications,
            JdbcClient jdbc, Clock clock) {
        this.supervisions = supervisions;
        this.workforce = workforce;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Flags every overdue supervision not flagged before to its head of service. Answers how many were flagged. */
    @Scheduled(cron = "0 40 2 * * *", zone = "Europe/London")
    @Transactional
    public int flagOverdue() {
        int flagged = 0;
        for (TeamView team : workforce.teams()) {
            String head = workforce.headOfService(team.serviceId()).orElse(null);
            if (head == null) {
                continue;
            }
            for (SupervisionStanding s : supervisions.standingsOf(team)) {
                if (s.overdue() && !head.equals(s.worker()) && firstFlag(s, head)) {
                    notifications.notify(head, null, "supervision.notify.overdue", s.workerName() + " ("
                            + s.teamName() + "): personal supervision was due on " + DATE.format(s.dueOn()) + ", "
                            + s.daysOverdue() + " days overdue", "/supervision");
                    flagged++;
                }
            }
        }
        return flagged;
    }

    private boolean firstFlag(SupervisionStanding s, String head) {
        boolean seen = jdbc.sql("select count(*) from personal_supervision_flag where worker = :w and due_on = :d")
                .param("w", s.worker()).param("d", s.dueOn()).query(Long.class).single() > 0;
        if (seen) {
            return false;
        }
        jdbc.sql("insert into personal_supervision_flag (worker, due_on, flagged_to, flagged_at) "
                        + "values (:w, :d, :to, :at)")
                .param("w", s.worker()).param("d", s.dueOn()).param("to", head)
                .param("at", Timestamp.from(clock.instant())).update();
        return true;
    }
}
