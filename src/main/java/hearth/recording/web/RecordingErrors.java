package hearth.recording.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A change a case note or document no longer allows is a clear page, not a failure. */
@ControllerAdvice(assignableTypes = {DocumentController.class, CaseNoteController.class,
        NoteActionsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class RecordingErrors {

    private final MessageSource messages;

    RecordingErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(IllegalStateException.class)
    ModelAndView notAllowed(IllegalStateException e, Locale locale) {
        ModelAndView view = new ModelAndView("error");
        view.setStatus(HttpStatus.CONFLICT);
        view.addObject("status", HttpStatus.CONFLICT.value());
        view.addObject("message", messages.getMessage(e.getMessage() == null ? "recording.error.notAllowed"
                : e.getMessage(), null, messages.getMessage("recording.error.notAllowed", null, locale), locale));
        return view;
    }
}
