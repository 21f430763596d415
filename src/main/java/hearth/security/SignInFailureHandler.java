package hearth.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** Back to the sign-in page with the reason and the username kept (in the session, not the URL). */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String USERNAME = "hearth.signIn.username";
    static final String REASON = "hearth.signIn.reason";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = exception instanceof LockedException ? "locked"
                : exception instanceof DisabledException ? "disabled" : "bad";
        request.getSession().setAttribute(USERNAME, request.getParameter("username"));
        request.getSession().setAttribute(REASON, reason);
        response.sendRedirect(request.getContextPath() + SecurityConfig.SIGN_IN + "?error");
    }
}
