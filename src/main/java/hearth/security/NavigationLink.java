package hearth.security;

/**
 * A link in the service navigation, contributed by a context as a bean and shown to users whose role grants the
 * permission, or the alternative permission when one is given (a page managers see for their teams and performance
 * officers for the whole authority).
 */
public record NavigationLink(int order, String labelKey, String href, Permission permission, Permission alternative) {

    public NavigationLink(int order, String labelKey, String href, Permission permission) {
        this(order, labelKey, href, permission, null);
    }

    /** Whether the link is shown to this user. */
    public boolean shownTo(HearthUser user) {
        return user.has(permission) || (alternative != null && user.has(alternative));
    }
}
