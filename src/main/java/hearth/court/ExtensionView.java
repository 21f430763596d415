package hearth.court;

import java.time.LocalDate;
import java.util.UUID;

/** An extension of the proceedings' timetable granted by the court (Children Act 1989 s32(5)). */
public record ExtensionView(UUID id, LocalDate grantedOn, int weeks, String reason, LocalDate previousDeadline,
        LocalDate newDeadline) {
}
