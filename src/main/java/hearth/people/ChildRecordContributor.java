package hearth.people;

import java.util.List;
import java.util.UUID;

/**
 * How each context puts its part of a child's story on the child's record page without the people
 * context knowing it: status badges (child in need, child protection plan, looked after...) and
 * summary panels with links into the context's own pages. Called only after access is granted.
 */
public interface ChildRecordContributor {

    default List<RecordBadge> badges(UUID childId) {
        return List.of();
    }

    default List<RecordPanel> panels(UUID childId) {
        return List.of();
    }
}
