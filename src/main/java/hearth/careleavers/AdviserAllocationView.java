package hearth.careleavers;

import java.time.LocalDate;

/** One personal adviser allocation in the young person's history. */
public record AdviserAllocationView(String adviser, LocalDate from, String reason, String allocatedBy) {
}
