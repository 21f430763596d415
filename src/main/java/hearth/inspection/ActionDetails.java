package hearth.inspection;

import java.time.LocalDate;

/** What an improvement action says: what will be done, who owns it, when it is due, where it stands, the evidence. */
public record ActionDetails(String title, String owner, LocalDate dueDate, ImprovementStatus status, String evidence) {
}
