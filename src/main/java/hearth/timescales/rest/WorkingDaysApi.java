package hearth.timescales.rest;

import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.timescales.CalendarKind;
import hearth.timescales.WorkingDayCalendar;
import hearth.timescales.WorkingDays;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/calendar/working-days")
@Tag(name = "Calendar", description = "Working days in England and Wales, counted as the timescale rules count them")
class WorkingDaysApi {

    static final int MAX_DAYS = 10_000;

    record Added(String from, int days, String date) {
    }

    record Between(String from, String to, int workingDays) {
    }

    private final WorkingDays workingDays;
    private final MessageSource messages;

    WorkingDaysApi(WorkingDays workingDays, MessageSource messages) {
        this.workingDays = workingDays;
        this.messages = messages;
    }

    @GetMapping(value = "/add", produces = MediaType.APPLICATION_JSON_VALUE)
    @RequiresPermission(Permission.USE_HEARTH)
    @Operation(summary = "The date N working days after a date (the date itself is day 0); calendar is "
            + "ew-statutory (default), ew-complaints or local")
    Added add(@RequestParam String from, @RequestParam String days,
            @RequestParam(defaultValue = "ew-statutory") String calendar) {
        LocalDate start = date("from", from);
        int count = days(days);
        return new Added(start.toString(), count, calendar(calendar).addWorkingDays(start, count).toString());
    }

    @GetMapping(value = "/between", produces = MediaType.APPLICATION_JSON_VALUE)
    @RequiresPermission(Permission.USE_HEARTH)
    @Operation(summary = "Working days from one date (day 0) up to and including another")
    Between between(@RequestParam String from, @RequestParam String to,
            @RequestParam(defaultValue = "ew-statutory") String calendar) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw new BadCalendarRequest("timescales.api.toBeforeFrom");
        }
        return new Between(start.toString(), end.toString(), calendar(calendar).workingDaysBetween(start, end));
    }

    @ExceptionHandler(BadCalendarRequest.class)
    ResponseEntity<ProblemDetail> badRequest(BadCalendarRequest e, Locale locale) {
        return problem(messages.getMessage(e.getMessage(), e.arguments(), locale), locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, Locale locale) {
        return problem(messages.getMessage("timescales.api.missing", new Object[] {e.getParameterName()}, locale), locale);
    }

    private ResponseEntity<ProblemDetail> problem(String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(messages.getMessage("timescales.api.title", null, locale));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private WorkingDayCalendar calendar(String slug) {
        try {
            return workingDays.calendar(CalendarKind.fromSlug(slug));
        } catch (IllegalArgumentException e) {
            throw new BadCalendarRequest("timescales.api.badCalendar", slug);
        }
    }

    private static LocalDate date(String name, String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadCalendarRequest("timescales.api.badDate", name);
        }
        if (date.isBefore(WorkingDayCalendar.EARLIEST) || date.isAfter(WorkingDayCalendar.LATEST.minusYears(100))) {
            throw new BadCalendarRequest("timescales.api.dateOutOfRange", name);
        }
        return date;
    }

    private static int days(String text) {
        long days;
        try {
            days = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new BadCalendarRequest("timescales.api.badDays", MAX_DAYS);
        }
        if (Math.abs(days) > MAX_DAYS) {
            throw new BadCalendarRequest("timescales.api.badDays", MAX_DAYS);
        }
        return (int) days;
    }
}
