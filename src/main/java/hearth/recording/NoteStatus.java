package hearth.recording;

/** A note is a draft while the worker writes it, then final: a final note is never edited, only added to. */
public enum NoteStatus {
    DRAFT, FINAL
}
