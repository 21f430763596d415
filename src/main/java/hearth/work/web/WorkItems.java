package hearth.work.web;

import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.security.RecordAccess;
import hearth.timescales.Due;
import hearth.timescales.ObligationState;
import hearth.timescales.ObligationView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns obligations into work list rows: names in one look-up, restricted records hidden, most urgent first. */
@Component
class WorkItems {

    /** Overdue first (most days overdue first), then due soon, then upcoming, each soonest due first. */
    static final Comparator<WorkItem> MOST_URGENT_FIRST = Comparator.comparingInt(WorkItem::urgency)
            .thenComparing(Comparator.comparingLong(WorkItem::daysOverdue).reversed())
            .thenComparing(i -> i.obligation().due().overdueFrom())
            .thenComparing(i -> i.childName() == null ? "" : i.childName());

    private final People people;
    private final RecordAccess access;
    private final Clock clock;

    WorkItems(People people, RecordAccess access, Clock clock) {
        this.people = people;
        this.access = access;
        this.clock = clock;
    }

    List<WorkItem> rows(List<ObligationView> obligations, Comparator<WorkItem> order) {
        Set<UUID> ids = obligations.stream().map(ObligationView::subjectId).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<UUID, PersonSummary> children = names(ids);
        Set<UUID> restricted = access.restrictedAmong(ids);
        LocalDate today = LocalDate.now(clock.withZone(Due.LONDON));
        return obligations.stream().map(o -> {
            PersonSummary child = children.get(o.subjectId());
            long overdue = o.state() == ObligationState.OVERDUE
                    ? Math.max(1, ChronoUnit.DAYS.between(o.dueDate(), today)) : 0;
            return new WorkItem(o, o.subjectId(), child == null ? null : child.fullName(),
                    restricted.contains(o.subjectId()), overdue);
        }).sorted(order).toList();
    }

    Map<UUID, PersonSummary> names(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of()
                : people.find(ids).stream().collect(Collectors.toMap(PersonSummary::id, Function.identity(), (a, b) -> a));
    }

    Set<UUID> restrictedAmong(Collection<UUID> ids) {
        return access.restrictedAmong(ids);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Due.LONDON));
    }
}
