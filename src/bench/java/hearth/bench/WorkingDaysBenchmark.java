package hearth.bench;

import hearth.timescales.WorkingDayCalendar;
import hearth.timescales.calendar.HolidayCalendar;
import java.time.LocalDate;
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
 * Working-day arithmetic on the statutory calendar, as every obligation's due date uses it: the Nth working
 * day after a start (45 for an assessment, 15 for a conference) and the working days between two dates.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkingDaysBenchmark {

    @Param({"5", "15", "45", "260"})
    int days;

    private WorkingDayCalendar calendar;
    private LocalDate[] starts;
    private int next;

    @Setup
    public void setUp() {
        calendar = HolidayCalendar.statutory();
        starts = new LocalDate[512];
        LocalDate first = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < starts.length; i++) {
            starts[i] = first.plusDays(i * 7L % 1100);
        }
    }

    private LocalDate start() {
        next = (next + 1) & (starts.length - 1);
        return starts[next];
    }

    @Benchmark
    public LocalDate addWorkingDays() {
        return calendar.addWorkingDays(start(), days);
    }

    @Benchmark
    public int workingDaysBetween() {
        LocalDate from = start();
        return calendar.workingDaysBetween(from, from.plusDays(days));
    }
}
