package hearth.supervision;

import java.time.LocalDate;

/** An action agreed in case supervision: what is to be done, who is to do it (username) and by when. */
public record SupervisionAction(String description, String owner, LocalDate dueOn) {
}
