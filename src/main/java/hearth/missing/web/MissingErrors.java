package hearth.missing.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A change the episode no longer allows (someone moved it on between the page and the post) is a clear page. */
@ControllerAdvice(assignableTypes = {MissingEpisodeController.class, ReturnInterviewController.class,
        RiskOutsideHomeController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class MissingErrors {

    private final MessageSource messages;

    MissingErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(IllegalStateException.class)
    ModelAndView notAllowed(IllegalStateException e, Locale locale) {
        ModelAndView view = new ModelAndView("error");
        view.setStatus(HttpStatus.CONFLICT);
        view.addObject("status", HttpStatus.CONFLICT.value());
        String key = e.getMessage() != null && e.getMessage().startsWith("missing.error.") ? e.getMessage()
                : "missing.error.notAllowed";
        view.addObject("message", messages.getMessage(key, null, locale));
        return view;
    }
}
