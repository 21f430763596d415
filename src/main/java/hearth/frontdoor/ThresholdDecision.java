package hearth.frontdoor;

/** The manager's decision on a contact. REFERRAL and STRATEGY_DISCUSSION make a referral. */
public enum ThresholdDecision {
    NO_FURTHER_ACTION, INFORMATION_AND_ADVICE, EARLY_HELP, REFERRAL, STRATEGY_DISCUSSION;

    public boolean makesReferral() {
        return this == REFERRAL || this == STRATEGY_DISCUSSION;
    }
}
