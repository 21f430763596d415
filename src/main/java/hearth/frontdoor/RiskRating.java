package hearth.frontdoor;

/** How risky the front door judges the concern when the contact comes in. */
public enum RiskRating { LOW, MEDIUM, HIGH }
