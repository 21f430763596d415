package hearth.notifications.web;

import hearth.notifications.Notifications;
import hearth.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The unread count in every page's header: a request attribute set before the handler, so pages rendered
 * by exception handlers show it too.
 */
@Component
class NotificationCountAdvice implements HandlerInterceptor, WebMvcConfigurer {

    private static final String[] NOT_PAGES = {"/api/**", "/webjars/**", "/assets/**", "/hearth/**", "/favicon.ico"};

    private final Notifications notifications;

    NotificationCountAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns(NOT_PAGES).order(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        CurrentUser.get().ifPresent(u -> request.setAttribute("notificationCount", notifications.unreadCount(u.getUsername())));
        return true;
    }
}
