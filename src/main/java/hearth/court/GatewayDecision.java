package hearth.court;

/** What a legal gateway (legal planning) meeting decided. */
public enum GatewayDecision {
    /** Threshold met; work with the family under the Public Law Outline before proceedings. */
    ENTER_PRE_PROCEEDINGS,
    /** Risk too high to wait: apply to court now. */
    ISSUE_PROCEEDINGS,
    /** Threshold not met or not needed: continue without legal action. */
    NO_LEGAL_ACTION
}
