package hearth.inspection;

import java.util.UUID;

/** A child in the readiness sample, with the group they were drawn from. */
public record SampledChild(UUID childId, String name, SampleStratum stratum) {
}
