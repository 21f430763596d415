package hearth.performance.web;

import hearth.audit.AuditTrail;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.performance.MeasureChild;
import hearth.performance.MeasureDefinition;
import hearth.security.CurrentUser;
import hearth.security.HearthUser;
import hearth.security.RecordAccess;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The children behind a measure's number as the user may see them: named and linked to the record only when the
 * user may open it, and the list itself logged as a search showing the children it named.
 */
@Component
class DrillDown {

    private final People people;
    private final RecordAccess access;
    private final AuditTrail audit;

    DrillDown(People people, RecordAccess access, AuditTrail audit) {
        this.people = people;
        this.access = access;
        this.audit = audit;
    }

    /** A child behind the number: named only when {@code opens}. */
    record Row(MeasureChild child, String name, boolean opens) {
    }

    List<Row> rows(MeasureDefinition measure, YearMonth month, UUID teamId, List<MeasureChild> children) {
        List<UUID> ids = children.stream().map(MeasureChild::childId).distinct().toList();
        Map<UUID, PersonSummary> found = people.find(ids).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        HearthUser user = CurrentUser.require();
        List<Row> rows = children.stream().map(c -> {
            PersonSummary person = found.get(c.childId());
            boolean opens = person != null && access.decide(user, c.childId()).allowed();
            return new Row(c, opens ? person.fullName() : null, opens);
        }).toList();
        audit.searched("performance measure " + measure.id() + " " + month + (teamId == null ? "" : " team " + teamId),
                rows.stream().filter(Row::opens).map(r -> r.child().childId()).distinct().toList());
        return rows;
    }
}
