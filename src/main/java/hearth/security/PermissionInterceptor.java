package hearth.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Enforces {@link RequiresPermission} on every handler; a handler that declares nothing is refused. */
public class PermissionInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        if (declaredPublic(method) || FrameworkHandlers.isPublic(method.getBeanType())) {
            return true;
        }
        RequiresPermission annotation = required(method);
        Permission required = annotation != null ? annotation.value()
                : FrameworkHandlers.permissionFor(method.getBeanType()).orElse(null);
        if (required == null) {
            throw new AccessDeniedException("This handler declares no permission and is refused.");
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof HearthUser user)) {
            throw new InsufficientAuthenticationException("Sign in first.");
        }
        if (!user.has(required)) {
            throw new AccessDeniedException("Needs " + required);
        }
        return true;
    }

    /** Whether a handler says what it needs: its own annotation, or the framework list. */
    public static boolean declares(HandlerMethod method) {
        return declaredPublic(method) || required(method) != null || FrameworkHandlers.declares(method.getBeanType());
    }

    public static RequiresPermission required(HandlerMethod method) {
        RequiresPermission onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequiresPermission.class);
        return onMethod != null ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresPermission.class);
    }

    public static boolean declaredPublic(HandlerMethod method) {
        return AnnotatedElementUtils.hasAnnotation(method.getMethod(), PublicEndpoint.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PublicEndpoint.class);
    }
}
