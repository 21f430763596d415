package hearth.workspace;

import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @Bean
    static NavigationLink homeLink() {
        return new NavigationLink(0, "nav.home", "/", Permission.USE_HEARTH);
    }

    @GetMapping("/")
    @RequiresPermission(Permission.USE_HEARTH)
    String home() {
        return "home";
    }
}
