package hearth.childrenincare;

import java.time.LocalDate;
import java.util.UUID;

/** The independent reviewing officer's contact with the child between reviews. */
public record IroContactView(UUID id, UUID periodId, LocalDate date, String how, String note, String recordedBy) {
}
