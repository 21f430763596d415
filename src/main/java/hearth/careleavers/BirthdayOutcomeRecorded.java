package hearth.careleavers;

import java.time.LocalDate;
import java.util.UUID;

/** In touch, activity and accommodation were recorded around the young person's {@code birthdayAge} birthday. */
public record BirthdayOutcomeRecorded(UUID childId, UUID recordId, int birthdayAge, LocalDate birthday,
        InTouch inTouch, Activity activity, String accommodation, String recordedBy) {
}
