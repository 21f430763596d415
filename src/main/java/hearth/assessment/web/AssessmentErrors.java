package hearth.assessment.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * On the assessment pages, a change the assessment's state no longer allows (it moved on meanwhile: submitted,
 * authorised, already started) is a clear message, never a stack trace.
 */
@ControllerAdvice(basePackageClasses = AssessmentErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AssessmentErrors {

    private final MessageSource messages;

    AssessmentErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(IllegalStateException.class)
    ModelAndView movedOn(Locale locale) {
        ModelAndView view = new ModelAndView("error");
        view.setStatus(HttpStatus.CONFLICT);
        view.addObject("status", HttpStatus.CONFLICT.value());
        view.addObject("message", messages.getMessage("assessment.error.movedOn", null, locale));
        return view;
    }
}
