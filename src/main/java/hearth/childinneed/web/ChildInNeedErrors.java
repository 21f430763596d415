package hearth.childinneed.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A change the episode no longer allows (someone else moved it on between the page and the post) is shown as a
 * clear page, not a failure.
 */
@ControllerAdvice(assignableTypes = {EpisodeController.class, PlanController.class, ReviewVisitController.class,
        ClosureController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChildInNeedErrors {

    private final MessageSource messages;

    ChildInNeedErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(IllegalStateException.class)
    ModelAndView notAllowed(Locale locale) {
        ModelAndView view = new ModelAndView("error");
        view.setStatus(HttpStatus.CONFLICT);
        view.addObject("status", HttpStatus.CONFLICT.value());
        view.addObject("message", messages.getMessage("childinneed.error.notAllowed", null, locale));
        return view;
    }
}
