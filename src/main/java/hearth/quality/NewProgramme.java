package hearth.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An audit programme to set up: a stratum of null draws a simple random sample. */
public record NewProgramme(String name, UUID templateId, LocalDate from, LocalDate to, List<String> auditors,
        Stratum stratum, int sampleSize, long seed) {
}
