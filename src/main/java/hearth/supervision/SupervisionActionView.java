package hearth.supervision;

import java.time.LocalDate;
import java.util.UUID;

/** An action agreed in case supervision, done or not. */
public record SupervisionActionView(UUID id, UUID supervisionId, UUID childId, String description, String owner,
        LocalDate dueOn, LocalDate completedOn, String completedBy, long version) {

    public boolean done() {
        return completedOn != null;
    }
}
