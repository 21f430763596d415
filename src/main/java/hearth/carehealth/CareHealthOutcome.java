package hearth.carehealth;

/**
 * The outcome a record gives: immunisations up to date or not, substance misuse identified or not, and where an
 * offer of an independent visitor or advocate stands (offered, accepted, declined, matched and in place, ended), and
 * whether a child of 10 or over was convicted or cautioned in the year.
 */
public enum CareHealthOutcome {
    UP_TO_DATE, NOT_UP_TO_DATE, IDENTIFIED, NOT_IDENTIFIED, OFFERED, ACCEPTED, DECLINED, MATCHED, ENDED,
    CONVICTED, NOT_CONVICTED
}
