package hearth.bench;

import hearth.timescales.Deadline;
import hearth.timescales.DeadlineUnit;
import hearth.timescales.Due;
import hearth.timescales.ObligationState;
import hearth.timescales.WorkingDayCalendar;
import hearth.timescales.calendar.HolidayCalendar;
import hearth.timescales.obligations.DueDates;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * An obligation's due date and state, the work a timescale recompute does for every open obligation:
 * the due date (with its due-soon instant) from the deadline and start, then the state at a moment.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DueDatesBenchmark {

    @Param({"WORKING_DAYS:45", "WORKING_DAYS:15", "HOURS:72", "MONTHS:6"})
    String deadline;

    private Deadline parsed;
    private WorkingDayCalendar calendar;
    private Instant[] starts;
    private Instant now;
    private Due due;
    private int next;

    @Setup
    public void setUp() {
        String[] parts = deadline.split(":");
        parsed = Deadline.of(Integer.parseInt(parts[1]), DeadlineUnit.valueOf(parts[0]));
        calendar = HolidayCalendar.statutory();
        starts = new Instant[256];
        Instant first = Instant.parse("2024-01-01T09:30:00Z");
        for (int i = 0; i < starts.length; i++) {
            starts[i] = first.plusSeconds(86_400L * 3 * i + 3_600L * (i % 9));
        }
        now = Instant.parse("2025-06-15T12:00:00Z");
        due = DueDates.due(parsed, calendar, starts[0]);
    }

    private Instant start() {
        next = (next + 1) & (starts.length - 1);
        return starts[next];
    }

    @Benchmark
    public Due dueDate() {
        return DueDates.due(parsed, calendar, start());
    }

    @Benchmark
    public ObligationState state() {
        return ObligationState.at(now, due, null, false);
    }

    @Benchmark
    public ObligationState dueDateAndState() {
        return ObligationState.at(now, DueDates.due(parsed, calendar, start()), null, false);
    }
}
