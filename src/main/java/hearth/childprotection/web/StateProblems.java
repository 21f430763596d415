package hearth.childprotection.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A change the record's state does not allow (a plan already ended, an outcome already authorised, a manager
 * authorising their own work) is shown as a clear message on the error page, not as a failure.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(basePackageClasses = StateProblems.class)
class StateProblems {

    @ExceptionHandler(IllegalStateException.class)
    ModelAndView refused(IllegalStateException e) {
        ModelAndView view = new ModelAndView("error");
        view.setStatus(HttpStatus.CONFLICT);
        view.addObject("status", HttpStatus.CONFLICT.value());
        view.addObject("message", e.getMessage());
        return view;
    }
}
