package hearth.childprotection;

import java.time.Instant;
import java.util.List;

/** What happened at a strategy discussion or meeting. {@code section47} starts an enquiry. */
public record HeldStrategyDiscussion(StrategyKind kind, Instant heldAt, Attendance attendance,
        String informationShared, String decisions, List<NewAction> actions, boolean section47, String outcomeReason) {
}
