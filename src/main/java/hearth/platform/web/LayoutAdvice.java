package hearth.platform.web;

import hearth.platform.config.GovukFrontend;
import hearth.platform.config.HearthMode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every page's layout needs from the platform: the mode banner, assets, the session length.
 *
 * <p>Set as request attributes before the handler runs, not as {@code @ModelAttribute}s: pages rendered by
 * an {@code @ExceptionHandler} (error pages, a restricted record) get no model attributes, and without these
 * they lost GOV.UK Frontend's stylesheet and script and the demo banner.
 */
@Component
class LayoutAdvice implements HandlerInterceptor, WebMvcConfigurer {

    /** Requests that never render a page. */
    static final String[] NOT_PAGES = {"/api/**", "/webjars/**", "/assets/**", "/hearth/**", "/favicon.ico"};

    private final boolean demo;
    private final long sessionTimeoutSeconds;

    LayoutAdvice(Environment environment, @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.demo = !HearthMode.of(environment).isProduction();
        this.sessionTimeoutSeconds = timeout.toSeconds();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns(NOT_PAGES).order(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        request.setAttribute("demoMode", demo);
        request.setAttribute("govukBase", GovukFrontend.BASE);
        request.setAttribute("sessionTimeoutSeconds", sessionTimeoutSeconds);
        return true;
    }
}
