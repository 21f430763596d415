package hearth.platform.web;

import hearth.platform.config.GovukFrontend;
import hearth.platform.config.HearthMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;
import java.time.Duration;

/** What every page's layout needs from the platform: the mode banner, assets, the session length. */
@ControllerAdvice
class LayoutAdvice {

    private final boolean demo;
    private final long sessionTimeoutSeconds;

    LayoutAdvice(Environment environment, @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.demo = !HearthMode.of(environment).isProduction();
        this.sessionTimeoutSeconds = timeout.toSeconds();
    }

    @ModelAttribute
    void layout(Model model) {
        model.addAttribute("demoMode", demo);
        model.addAttribute("govukBase", GovukFrontend.BASE);
        model.addAttribute("sessionTimeoutSeconds", sessionTimeoutSeconds);
    }
}
