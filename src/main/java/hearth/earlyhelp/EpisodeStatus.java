package hearth.earlyhelp;

/** Where an episode stands. WAITING and OPEN are active; STEPPED_UP and CLOSED are final. */
public enum EpisodeStatus {
    WAITING, OPEN, STEPPED_UP, CLOSED;

    public boolean active() {
        return this == WAITING || this == OPEN;
    }
}
