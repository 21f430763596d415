package hearth.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case supervision as recorded, with its actions. */
public record CaseSupervisionView(UUID id, UUID childId, LocalDate heldOn, String supervisor, String worker,
        String discussion, String reflection, String decisions, List<SupervisionActionView> actions) {
}
