package hearth.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * One place that turns failures into a clear page or, for the API, one problem shape
 * ({@code application/problem+json}). Never a stack trace.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return respond(request, HttpStatus.NOT_FOUND, locale);
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    Object noResource(HttpServletRequest request, Locale locale) {
        return respond(request, HttpStatus.NOT_FOUND, locale);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            IllegalArgumentException.class, org.springframework.http.converter.HttpMessageNotReadableException.class,
            org.springframework.web.bind.ServletRequestBindingException.class,
            org.springframework.web.bind.MethodArgumentNotValidException.class,
            org.springframework.web.method.annotation.HandlerMethodValidationException.class,
            org.springframework.web.multipart.MultipartException.class})
    Object badRequest(HttpServletRequest request, Exception e, Locale locale) {
        return respond(request, HttpStatus.BAD_REQUEST, locale);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object methodNotAllowed(HttpServletRequest request, Locale locale) {
        return respond(request, HttpStatus.METHOD_NOT_ALLOWED, locale);
    }

    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotSupportedException.class)
    Object unsupportedType(HttpServletRequest request, Locale locale) {
        return respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, locale);
    }

    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpServletRequest request, Locale locale) {
        return respond(request, HttpStatus.NOT_ACCEPTABLE, locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object forbidden(HttpServletRequest request, Locale locale) {
        return respond(request, HttpStatus.FORBIDDEN, locale);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    Object conflict(HttpServletRequest request, Locale locale) {
        return respond(request, HttpStatus.CONFLICT, locale);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, Locale locale) {
        return respond(request, HttpStatus.PAYLOAD_TOO_LARGE, locale);
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(HttpServletRequest request, Exception e, Locale locale) {
        log.error("Unexpected failure handling {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, locale);
    }

    private Object respond(HttpServletRequest request, HttpStatus status, Locale locale) {
        String message = messages.getMessage("error." + status.value(), null,
                messages.getMessage("error.500", null, locale), locale);
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
            problem.setTitle(status.getReasonPhrase());
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("message", message);
        return view;
    }
}
