package hearth.supervision;

import java.time.LocalDate;
import java.util.List;

/** What a supervisor records after supervising the work with a child; the supervisor is whoever records it. */
public record NewCaseSupervision(LocalDate heldOn, String worker, String discussion, String reflection,
        String decisions, List<SupervisionAction> actions) {

    public NewCaseSupervision {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
