package hearth.quality;

import java.time.LocalDate;

/** A panel meeting to record: the kind, its name (for another kind of panel), when, the chair and the members. */
public record NewPanelMeeting(PanelKind kind, String name, LocalDate heldOn, String chair, String members) {
}
