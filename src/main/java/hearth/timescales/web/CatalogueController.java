package hearth.timescales.web;

import hearth.platform.web.NotFoundException;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.timescales.Deadline;
import hearth.timescales.Due;
import hearth.timescales.RuleCatalogue;
import hearth.timescales.TimescaleRule;
import hearth.timescales.WorkingDays;
import hearth.timescales.obligations.DueDates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The catalogue of timescales, and "why is this due" for one rule. */
@Controller
class CatalogueController {

    record Row(TimescaleRule rule, DeadlineText deadline) {
    }

    private final RuleCatalogue catalogue;
    private final WorkingDays workingDays;

    CatalogueController(RuleCatalogue catalogue, WorkingDays workingDays) {
        this.catalogue = catalogue;
        this.workingDays = workingDays;
    }

    @Bean
    static NavigationLink timescalesLink() {
        return new NavigationLink(80, "nav.timescales", "/timescales", Permission.USE_HEARTH);
    }

    @GetMapping("/timescales")
    @RequiresPermission(Permission.USE_HEARTH)
    String catalogue(Model model) {
        List<Row> rows = catalogue.all().stream().map(r -> new Row(r, DeadlineText.of(catalogue.deadlineOf(r)))).toList();
        model.addAttribute("rows", rows);
        return "timescales/catalogue";
    }

    @GetMapping("/timescales/rules/{id}")
    @RequiresPermission(Permission.USE_HEARTH)
    String rule(@PathVariable String id, @RequestParam(required = false) String started,
            @RequestParam(required = false) String event, Model model) {
        TimescaleRule rule = catalogue.find(id).orElseThrow(() -> new NotFoundException("Timescale rule"));
        Deadline deadline = catalogue.deadlineOf(rule);
        model.addAttribute("rule", rule);
        model.addAttribute("deadline", DeadlineText.of(deadline));
        model.addAttribute("followedBy", rule.followedBy() == null || rule.followedBy().equals(rule.id()) ? null
                : catalogue.find(rule.followedBy()).orElse(null));
        if (started != null && !started.isBlank()) {
            Instant start = startOf(started.strip());
            Due due = DueDates.due(deadline, workingDays.calendar(rule.calendar()), start);
            model.addAttribute("started", start.atZone(Due.LONDON));
            model.addAttribute("due", due);
            model.addAttribute("hourly", deadline.unit() == hearth.timescales.DeadlineUnit.HOURS);
            model.addAttribute("dueAt", due.overdueFrom().atZone(Due.LONDON));
            model.addAttribute("event", event == null || event.isBlank() ? null
                    : event.strip().substring(0, Math.min(event.strip().length(), 500)));
        }
        return "timescales/rule";
    }

    /** A date (YYYY-MM-DD, the start of that day in London) or a date and time (YYYY-MM-DDTHH:MM). */
    private static Instant startOf(String text) {
        try {
            LocalDateTime start = text.length() <= 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
            LocalDate day = start.toLocalDate();
            if (day.isBefore(LocalDate.of(1900, 1, 1)) || day.isAfter(LocalDate.of(2999, 12, 31))) {
                throw new IllegalArgumentException("The start must be between 1900 and 2999");
            }
            return start.atZone(Due.LONDON).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The start must be a date written YYYY-MM-DD", e);
        }
    }
}
