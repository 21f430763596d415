package hearth.adoption;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Prospective adopters with each stage's date. Stage 1 is expected to take 2 months and stage 2 four (reference AD6,
 * AD7: statutory guidance), so each shows when it is due while it runs. {@code details} (who is adopting) is null
 * until recorded.
 */
public record AdopterView(UUID id, String name, LocalDate enquiryOn, LocalDate stage1On, LocalDate stage2On,
        LocalDate approvedOn, LocalDate matchedOn, LocalDate placedOn, LocalDate orderOn, LocalDate leftOn,
        String leftReason, AdopterDetails details, long version) {

    public AdopterStage stage() {
        if (leftOn != null) {
            return AdopterStage.LEFT;
        }
        if (orderOn != null) {
            return AdopterStage.ADOPTED;
        }
        if (placedOn != null) {
            return AdopterStage.PLACED;
        }
        if (matchedOn != null) {
            return AdopterStage.MATCHED;
        }
        if (approvedOn != null) {
            return AdopterStage.APPROVED;
        }
        if (stage2On != null) {
            return AdopterStage.STAGE_TWO;
        }
        return stage1On != null ? AdopterStage.STAGE_ONE : AdopterStage.ENQUIRY;
    }

    /** When the current stage 1 or stage 2 is due to finish (2 and 4 months), or null. */
    public LocalDate stageDue() {
        return switch (stage()) {
            case STAGE_ONE -> stage1On.plusMonths(2);
            case STAGE_TWO -> stage2On.plusMonths(4);
            default -> null;
        };
    }

    public boolean stageOverdue(LocalDate today) {
        LocalDate due = stageDue();
        return due != null && today.isAfter(due);
    }
}
