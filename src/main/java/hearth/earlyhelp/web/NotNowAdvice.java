package hearth.earlyhelp.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A change the episode's state no longer allows (it ended, or the family left the list) gets a clear page. */
@ControllerAdvice(basePackageClasses = NotNowAdvice.class)
class NotNowAdvice {

    private final MessageSource messages;

    NotNowAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(IllegalStateException.class)
    ModelAndView notNow(IllegalStateException e, Locale locale) {
        ModelAndView view = new ModelAndView("error");
        view.setStatus(HttpStatus.CONFLICT);
        view.addObject("status", 409);
        view.addObject("message", messages.getMessage("earlyhelp.error.notNow", null, locale));
        return view;
    }
}
