package hearth.performance.measures;

import hearth.workforce.AllocationView;
import hearth.workforce.Workforce;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Which team held each child on the day they were counted, from the allocation histories read in one go: the
 * latest allocation starting on or before that day.
 */
@Component
public class TeamAttribution {

    private final Workforce workforce;

    TeamAttribution(Workforce workforce) {
        this.workforce = workforce;
    }

    /** The histories of these children, for {@link Histories#teamOn}. */
    public Histories of(Collection<UUID> childIds) {
        Map<UUID, List<AllocationView>> byChild = workforce.allocationHistories(List.copyOf(childIds)).stream()
                .collect(Collectors.groupingBy(AllocationView::childId));
        return new Histories(byChild);
    }

    /** Allocation histories of some children, oldest first. */
    public static final class Histories {

        private final Map<UUID, List<AllocationView>> byChild;

        Histories(Map<UUID, List<AllocationView>> byChild) {
            this.byChild = new HashMap<>(byChild);
        }

        /** The allocation holding the child on {@code on}, or null when no team held the child then. */
        public AllocationView teamOn(UUID childId, LocalDate on) {
            AllocationView held = null;
            for (AllocationView a : byChild.getOrDefault(childId, List.of())) {
                if (!a.from().isAfter(on)) {
                    held = a;
                }
            }
            return held;
        }
    }
}
