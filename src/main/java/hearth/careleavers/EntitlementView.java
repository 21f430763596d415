package hearth.careleavers;

/** One entitlement of the local offer. */
public record EntitlementView(String code, String name, boolean active) {
}
