package hearth.security.web;

import hearth.security.AccessDecision;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RecordAccessDenied;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A record the user may not open: the page says why and offers to break the glass. */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RecordAccessAdvice {

    @ExceptionHandler(RecordAccessDenied.class)
    Object denied(RecordAccessDenied denied, HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    denied.decision() == AccessDecision.RESTRICTED ? "This record is restricted."
                            : "This child is not in your reach.");
            problem.setTitle("Forbidden");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
        }
        ModelAndView view = new ModelAndView("security/restricted");
        view.setStatus(HttpStatus.FORBIDDEN);
        view.addObject("childId", denied.childId());
        view.addObject("restricted", denied.decision() == AccessDecision.RESTRICTED);
        view.addObject("canBreakGlass", CurrentUser.get().map(u -> u.has(Permission.BREAK_GLASS)).orElse(false));
        view.addObject("reason", "");
        view.addObject("reasonError", false);
        return view;
    }
}
