package hearth.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/** A personal adviser ({@code adviser}, a username) was allocated to a care leaver from {@code from}. */
public record PersonalAdviserAllocated(UUID childId, UUID allocationId, String adviser, LocalDate from,
        String allocatedBy) {
}
