package hearth.quality;

import java.util.UUID;

/** A child in the population an audit sample is drawn from, with the strata they fall in. */
public record Candidate(UUID childId, String team, KindOfWork kindOfWork, AgeBand ageBand, String worker,
        String manager) {

    /** The stratum value this child has on a dimension. */
    public String value(Stratum stratum) {
        return switch (stratum) {
            case TEAM -> team == null ? "-" : team;
            case KIND_OF_WORK -> kindOfWork.name();
            case AGE_BAND -> ageBand.name();
        };
    }
}
