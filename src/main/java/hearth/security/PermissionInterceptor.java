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
class PermissionInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        if (declaredPublic(method)) {
            return true;
        }
        RequiresPermission required = required(method);
        if (required == null) {
            throw new AccessDeniedException("This handler declares no permission and is refused.");
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof HearthUser user)) {
            throw new InsufficientAuthenticationException("Sign in first.");
        }
        if (!user.has(required.value())) {
            throw new AccessDeniedException("Needs " + required.value());
        }
        return true;
    }

    static RequiresPermission required(HandlerMethod method) {
        RequiresPermission onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequiresPermission.class);
        return onMethod != null ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresPermission.class);
    }

    static boolean declaredPublic(HandlerMethod method) {
        return AnnotatedElementUtils.hasAnnotation(method.getMethod(), PublicEndpoint.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PublicEndpoint.class);
    }
}
