package hearth.timescales.web;

import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.timescales.WorkingDays;
import hearth.timescales.calendar.ClosureDays;
import hearth.timescales.calendar.LocalClosureDay;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The council's closure days: listed, added and voided with a reason (never deleted). */
@Controller
class ClosureDaysController {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final ClosureDays closureDays;
    private final WorkingDays workingDays;
    private final MessageSource messages;

    ClosureDaysController(ClosureDays closureDays, WorkingDays workingDays, MessageSource messages) {
        this.closureDays = closureDays;
        this.workingDays = workingDays;
        this.messages = messages;
    }

    @GetMapping("/timescales/closure-days")
    @RequiresPermission(Permission.MANAGE_SETTINGS)
    String list(Model model) {
        model.addAttribute("days", closureDays.recentAndFuture());
        return "timescales/closure-days";
    }

    @GetMapping("/timescales/closure-days/new")
    @RequiresPermission(Permission.MANAGE_SETTINGS)
    String addForm(Model model, Locale locale) {
        return showAdd(model, "", "", "", "", new FormErrors(messages, locale));
    }

    @PostMapping("/timescales/closure-days")
    @RequiresPermission(Permission.MANAGE_SETTINGS)
    String add(@RequestParam(defaultValue = "") String day, @RequestParam(defaultValue = "") String month,
            @RequestParam(defaultValue = "") String year, @RequestParam(defaultValue = "") String description,
            Model model, Locale locale, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors(messages, locale);
        LocalDate date = null;
        if (day.isBlank() && month.isBlank() && year.isBlank()) {
            errors.add("closure-date-day", "timescales.closure.error.dateMissing");
        } else {
            date = date(day, month, year);
            if (date == null) {
                errors.add("closure-date-day", "timescales.closure.error.dateInvalid");
            } else if (!workingDays.statutory().isWorkingDay(date)) {
                errors.add("closure-date-day", "timescales.closure.error.notWorkingDay", date.format(LONG_DATE));
            } else if (closureDays.alreadyClosed(date)) {
                errors.add("closure-date-day", "timescales.closure.error.alreadyClosed", date.format(LONG_DATE));
            }
        }
        String text = description.strip();
        if (text.isEmpty()) {
            errors.add("description", "timescales.closure.error.descriptionMissing");
        } else if (text.length() > 200) {
            errors.add("description", "timescales.closure.error.descriptionLong");
        }
        if (errors.any()) {
            return showAdd(model, day, month, year, description, errors);
        }
        closureDays.add(date, text);
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("timescales.closure.added",
                new Object[] {date.format(LONG_DATE)}, locale));
        return "redirect:/timescales/closure-days";
    }

    @GetMapping("/timescales/closure-days/{id}/void")
    @RequiresPermission(Permission.MANAGE_SETTINGS)
    String voidForm(@PathVariable UUID id, Model model, Locale locale) {
        return showVoid(closureDays.find(id), "", new FormErrors(messages, locale), model);
    }

    @PostMapping("/timescales/closure-days/{id}/void")
    @RequiresPermission(Permission.MANAGE_SETTINGS)
    String voidDay(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Model model, Locale locale,
            RedirectAttributes redirect) {
        LocalClosureDay closure = closureDays.find(id);
        FormErrors errors = new FormErrors(messages, locale);
        String text = reason.strip();
        if (text.isEmpty()) {
            errors.add("reason", "timescales.closure.error.reasonMissing");
        } else if (text.length() > 500) {
            errors.add("reason", "timescales.closure.error.reasonLong");
        }
        if (errors.any()) {
            return showVoid(closure, reason, errors, model);
        }
        closureDays.voidDay(id, text);
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("timescales.closure.voided",
                new Object[] {closure.getClosureDate().format(LONG_DATE)}, locale));
        return "redirect:/timescales/closure-days";
    }

    private String showAdd(Model model, String day, String month, String year, String description, FormErrors errors) {
        model.addAttribute("day", day);
        model.addAttribute("month", month);
        model.addAttribute("year", year);
        model.addAttribute("description", description);
        model.addAttribute("errors", errors.asMap());
        return "timescales/closure-day-new";
    }

    private String showVoid(LocalClosureDay closure, String reason, FormErrors errors, Model model) {
        model.addAttribute("closure", closure);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors.asMap());
        return "timescales/closure-day-void";
    }

    private static LocalDate date(String day, String month, String year) {
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 2000 || y > 2999) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
