package hearth.security;

import java.util.Map;
import java.util.Optional;

/**
 * Handlers that come from libraries, not from Hearth, and so cannot carry {@link RequiresPermission}:
 * each is named here with what it needs. Anything else undeclared is refused.
 */
final class FrameworkHandlers {

    /** Needs a signed-in user: the OpenAPI description and its viewer. */
    private static final Map<String, Permission> SIGNED_IN = Map.of(
            "org.springdoc.webmvc.api.OpenApiWebMvcResource", Permission.USE_HEARTH,
            "org.springdoc.webmvc.ui.SwaggerWelcomeWebMvc", Permission.USE_HEARTH,
            "org.springdoc.webmvc.ui.SwaggerConfigResource", Permission.USE_HEARTH);

    /** Public: the error page, which must render for anyone. */
    private static final String ERROR_CONTROLLER = "org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController";

    private FrameworkHandlers() {
    }

    static Optional<Permission> permissionFor(Class<?> beanType) {
        return Optional.ofNullable(SIGNED_IN.get(beanType.getName()));
    }

    static boolean isPublic(Class<?> beanType) {
        return beanType.getName().equals(ERROR_CONTROLLER);
    }

    /** Whether a handler of this type is declared, by annotation or here. */
    static boolean declares(Class<?> beanType) {
        return SIGNED_IN.containsKey(beanType.getName()) || isPublic(beanType);
    }
}
