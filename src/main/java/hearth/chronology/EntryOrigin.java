package hearth.chronology;

/** Whether Hearth entered the event itself or a worker added it. */
public enum EntryOrigin { AUTOMATIC, ADDED_BY_WORKER }
