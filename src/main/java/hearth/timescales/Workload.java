package hearth.timescales;

/**
 * What one worker or team is responsible for at a moment: open obligations, how many of them are
 * overdue, and how many are not yet overdue but due on or before a given date.
 */
public record Workload(String responsible, long open, long overdue, long dueBy) {

    public static Workload none(String responsible) {
        return new Workload(responsible, 0, 0, 0);
    }
}
