package hearth.childprotection;

/** How far a plan action has got, as the core group sees it. */
public enum ProgressRating { NOT_STARTED, SOME_PROGRESS, ON_TRACK, COMPLETE, NO_PROGRESS }
