package hearth.caseloads;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Published API: the kinds of work children need, now or on a date, read in bulk (one query per few hundred
 * children, never one per child). A child with none known is absent from the answer.
 */
public interface WorkKinds {

    Map<UUID, Set<WorkKind>> current(Collection<UUID> childIds);

    Map<UUID, Set<WorkKind>> on(Collection<UUID> childIds, LocalDate date);
}
