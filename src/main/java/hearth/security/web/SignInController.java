package hearth.security.web;

import hearth.security.PublicEndpoint;
import hearth.security.RequiresPermission;
import hearth.security.Permission;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
class SignInController {

    private final boolean oidcConfigured;

    SignInController(ObjectProvider<ClientRegistrationRepository> oidc) {
        this.oidcConfigured = oidc.getIfAvailable() != null;
    }

    @GetMapping("/sign-in")
    @PublicEndpoint("the sign-in page itself")
    String signIn(HttpSession session, Model model) {
        Object reason = session.getAttribute("hearth.signIn.reason");
        Object username = session.getAttribute("hearth.signIn.username");
        session.removeAttribute("hearth.signIn.reason");
        session.removeAttribute("hearth.signIn.username");
        model.addAttribute("reason", reason);
        model.addAttribute("titleError", reason != null);
        model.addAttribute("username", username == null ? "" : username);
        model.addAttribute("oidc", oidcConfigured);
        return "security/sign-in";
    }

    @GetMapping("/signed-out")
    @PublicEndpoint("confirms sign-out to someone no longer signed in")
    String signedOut() {
        return "security/signed-out";
    }

    /** Called by the timeout warning's "stay signed in": touching the session extends it. */
    @GetMapping("/session/keepalive")
    @RequiresPermission(Permission.USE_HEARTH)
    @ResponseBody
    ResponseEntity<Map<String, Boolean>> keepAlive() {
        return ResponseEntity.ok(Map.of("signedIn", true));
    }
}
