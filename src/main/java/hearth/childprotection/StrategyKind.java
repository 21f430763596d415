package hearth.childprotection;

/** Whether agencies talked (a discussion, e.g. by phone or video) or met. */
public enum StrategyKind { DISCUSSION, MEETING }
