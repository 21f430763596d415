package hearth.childprotection;

import java.time.LocalDate;

/** An emergency protection order or police protection; the end date may follow later. */
public record NewProtectionOrder(ProtectionOrderKind kind, LocalDate startDate, LocalDate endDate, String details) {
}
