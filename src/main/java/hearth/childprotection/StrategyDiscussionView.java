package hearth.childprotection;

import java.time.Instant;
import java.util.UUID;

public record StrategyDiscussionView(UUID id, UUID childId, StrategyTrigger trigger, UUID sourceId, UUID referralId,
        String concern, Instant concernAt, boolean held, StrategyKind kind, Instant heldAt, Attendance attendance,
        String informationShared, String decisions, Boolean section47, String outcomeReason, UUID obligationId,
        String recordedBy, long version) {
}
