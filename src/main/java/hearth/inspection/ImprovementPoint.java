package hearth.inspection;

import java.util.UUID;

/** One of an inspection's "what needs to improve" points, numbered in the report's order. */
public record ImprovementPoint(UUID id, UUID inspectionId, int position, String body) {
}
