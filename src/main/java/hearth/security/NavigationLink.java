package hearth.security;

/**
 * A link in the service navigation, contributed by a context as a bean and shown to users whose role
 * grants the permission.
 */
public record NavigationLink(int order, String labelKey, String href, Permission permission) {
}
