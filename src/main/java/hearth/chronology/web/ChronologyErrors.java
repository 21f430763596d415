package hearth.chronology.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A change the entry no longer allows (voided meanwhile, not significant) is a clear page, not a failure. */
@ControllerAdvice(assignableTypes = {EntryController.class, ChronologyController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChronologyErrors {

    private final MessageSource messages;

    ChronologyErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(IllegalStateException.class)
    ModelAndView notAllowed(IllegalStateException e, Locale locale) {
        ModelAndView view = new ModelAndView("error");
        view.setStatus(HttpStatus.CONFLICT);
        view.addObject("status", HttpStatus.CONFLICT.value());
        view.addObject("message", messages.getMessage("chronology.error.notAllowed", null, locale));
        return view;
    }
}
