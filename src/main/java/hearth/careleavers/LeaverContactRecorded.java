package hearth.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/** The personal adviser was in contact with the young person, or tried and did not reach them ({@code reached}). */
public record LeaverContactRecorded(UUID childId, UUID contactId, LocalDate date, boolean reached,
        ContactMethod method, String recordedBy) {
}
