package hearth.recording.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A file over the server's upload limit goes back to the upload form with the GOV.UK error "The selected file
 * must be smaller than ..." (multipart requests are parsed lazily, so this handler sees the failure); a change a
 * case note no longer allows is a clear page, not a failure.
 */
@ControllerAdvice(assignableTypes = {DocumentController.class, CaseNoteController.class,
        NoteActionsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class RecordingErrors {

    private static final Pattern UPLOAD = Pattern.compile("^/children/([0-9a-fA-F-]{36})/documents/new$");
    private final MessageSource messages;

    RecordingErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        Matcher m = UPLOAD.matcher(request.getRequestURI());
        if (!m.matches()) {
            ModelAndView view = new ModelAndView("error");
            view.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
            view.addObject("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
            view.addObject("message", messages.getMessage("recording.document.error.tooLarge", null, Locale.UK));
            return view;
        }
        RequestContextUtils.getOutputFlashMap(request).put("uploadTooLarge", Boolean.TRUE);
        return new ModelAndView("redirect:/children/" + m.group(1) + "/documents/new");
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
