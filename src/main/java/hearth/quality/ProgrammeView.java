package hearth.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An audit programme: its template, period, auditors, how its sample was drawn and the children in it. */
public record ProgrammeView(UUID id, String name, UUID templateId, String templateName, LocalDate from, LocalDate to,
        List<String> auditors, Stratum stratum, int sampleSize, long seed, int population, List<SampledChild> sample,
        List<MakeUpRow> makeUp) {

    /** Random when no stratum was chosen. */
    public boolean stratified() {
        return stratum != null;
    }

    /** A child in a programme's sample, the auditor assigned, and the audit once done. */
    public record SampledChild(UUID childId, String team, KindOfWork kindOfWork, AgeBand ageBand, String auditor,
            UUID auditId, Grade countedGrade) {
    }
}
