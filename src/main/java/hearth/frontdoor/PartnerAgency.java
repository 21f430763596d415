package hearth.frontdoor;

/** The kinds of partner agency the front door asks for information. */
public enum PartnerAgency {
    POLICE, HEALTH, EDUCATION, PROBATION, HOUSING, ADULT_SOCIAL_CARE, OTHER_LOCAL_AUTHORITY, OTHER
}
