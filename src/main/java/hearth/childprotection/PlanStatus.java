package hearth.childprotection;

public enum PlanStatus { ACTIVE, ENDED }
