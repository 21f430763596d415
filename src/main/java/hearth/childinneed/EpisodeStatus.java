package hearth.childinneed;

/** Where an episode of need stands: open, its closure proposed and awaiting a manager, or closed. */
public enum EpisodeStatus {
    OPEN, CLOSURE_PROPOSED, CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
