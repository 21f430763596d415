package hearth.dataquality;

import java.util.List;
import java.util.UUID;

/**
 * One DfE rule the live data breaks, with the child's current team (null when not allocated, or for a finding about
 * the whole return) and where it is put right.
 */
public record QualityFinding(String returnName, UUID childId, String laChildId, String rule, boolean error,
        String message, List<String> fields, UUID teamId, String teamName, FixArea area) {
}
