package hearth.careleavers;

import java.time.LocalDate;

/**
 * One period of care as care leavers know it: from {@code start} until {@code end} (the date the child ceased to be
 * looked after, so the last day in care is the day before; null while still looked after), the SSDA903 legal status
 * it began under and the reason it ended. {@code earlier} marks care that ended before Hearth (legacy records).
 */
public record CarePeriod(LocalDate start, LocalDate end, String legalStatus, String reasonCeased, boolean earlier) {

    public boolean open() {
        return end == null;
    }

    /** Short breaks (V3, V4) never count towards eligibility (CPPCR reg 48). */
    public boolean shortBreak() {
        return "V3".equals(legalStatus) || "V4".equals(legalStatus);
    }

    /** Adoption (E11, E12) ends the local authority's leaving care duties. */
    public boolean endedInAdoption() {
        return "E11".equals(reasonCeased) || "E12".equals(reasonCeased);
    }

    /** A special guardianship order made for a looked after child (E45, E46) makes them qualifying (CA 1989 s24(1B)). */
    public boolean endedInSpecialGuardianship() {
        return "E45".equals(reasonCeased) || "E46".equals(reasonCeased);
    }
}
