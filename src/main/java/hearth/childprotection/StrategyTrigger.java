package hearth.childprotection;

/** What raised the need for a strategy discussion. */
public enum StrategyTrigger { CONTACT, ASSESSMENT, OPEN_CASE }
