package hearth.careleavers;

import java.util.List;

/**
 * For one entitlement and one decider: how many requests they granted and refused, and the reasons they gave, so
 * that differences between deciders show (Ofsted: "care leavers receive variable offers").
 */
public record DecisionTally(String entitlement, String entitlementName, String decidedBy, int granted, int refused,
        List<String> reasons) {

    public int grantedPercent() {
        int all = granted + refused;
        return all == 0 ? 0 : Math.round(100f * granted / all);
    }
}
