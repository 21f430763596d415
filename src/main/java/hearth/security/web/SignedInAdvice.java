package hearth.security.web;

import hearth.security.CurrentUser;
import hearth.security.HearthUser;
import hearth.security.NavigationLink;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The signed-in user, their permissions and their navigation, for every page. Request attributes set
 * before the handler (and before permissions are checked), so pages rendered by exception handlers, such as
 * a restricted record or a refusal, still show who is signed in and the menu.
 */
@Component
class SignedInAdvice implements HandlerInterceptor, WebMvcConfigurer {

    public record NavItem(String labelKey, String href, boolean active) {
    }

    private static final String[] NOT_PAGES = {"/api/**", "/webjars/**", "/assets/**", "/hearth/**", "/favicon.ico"};

    private final List<NavigationLink> links;

    SignedInAdvice(List<NavigationLink> links) {
        this.links = links.stream().sorted(Comparator.comparingInt(NavigationLink::order)).toList();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns(NOT_PAGES).order(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        HearthUser user = CurrentUser.get().orElse(null);
        request.setAttribute("signedInUser", user);
        if (user == null) {
            request.setAttribute("can", Set.of());
            request.setAttribute("navigation", List.of());
            return true;
        }
        request.setAttribute("can", user.role().permissions().stream().map(Enum::name).collect(Collectors.toSet()));
        String path = request.getRequestURI();
        request.setAttribute("navigation", links.stream().filter(l -> l.shownTo(user))
                .map(l -> new NavItem(l.labelKey(), l.href(),
                        l.href().equals("/") ? path.equals("/") : path.startsWith(l.href())))
                .toList());
        return true;
    }
}
