package hearth.security.web;

import hearth.security.CurrentUser;
import hearth.security.HearthUser;
import hearth.security.NavigationLink;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The signed-in user, their permissions and their navigation, for every page. */
@ControllerAdvice
class SignedInAdvice {

    public record NavItem(String labelKey, String href, boolean active) {
    }

    private final List<NavigationLink> links;

    SignedInAdvice(List<NavigationLink> links) {
        this.links = links.stream().sorted(Comparator.comparingInt(NavigationLink::order)).toList();
    }

    @ModelAttribute
    void signedIn(Model model, HttpServletRequest request) {
        HearthUser user = CurrentUser.get().orElse(null);
        model.addAttribute("signedInUser", user);
        if (user == null) {
            model.addAttribute("can", Set.of());
            model.addAttribute("navigation", List.of());
            return;
        }
        model.addAttribute("can", user.role().permissions().stream().map(Enum::name).collect(Collectors.toSet()));
        String path = request.getRequestURI();
        model.addAttribute("navigation", links.stream().filter(l -> user.has(l.permission()))
                .map(l -> new NavItem(l.labelKey(), l.href(),
                        l.href().equals("/") ? path.equals("/") : path.startsWith(l.href())))
                .toList());
    }
}
