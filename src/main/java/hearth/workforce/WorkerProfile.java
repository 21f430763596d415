package hearth.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A worker as their managers see them: role, registration, contract, dates, absences and training. */
public record WorkerProfile(UUID id, String username, String displayName, String jobTitle, String roleLabel,
        String qualification, String registrationNumber, boolean agency, BigDecimal fte, UUID teamId,
        LocalDate startedOn, LocalDate leftOn, String leavingReason, LocalDate newlyQualifiedUntil,
        LocalDate absentFrom, long version, List<Absence> absences, List<Training> training) {

    /** A period away; {@code to} is null while still away. */
    public record Absence(UUID id, AbsenceKind kind, LocalDate from, LocalDate to) {
    }

    public record Training(String course, LocalDate date, TrainingStatus status) {
    }

    public boolean newlyQualifiedOn(LocalDate date) {
        return newlyQualifiedUntil != null && !date.isAfter(newlyQualifiedUntil);
    }

    public boolean leftBy(LocalDate date) {
        return leftOn != null && !leftOn.isAfter(date);
    }
}
