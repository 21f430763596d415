package hearth.returns.web;

import hearth.platform.web.DateParts;
import hearth.platform.web.FormErrors;
import hearth.platform.web.NotFoundException;
import hearth.platform.web.TypedForm;
import hearth.returns.ReturnExport;
import hearth.returns.ReturnRuns;
import hearth.security.CurrentUser;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The returns page for performance officers: choose a return and the year (for Ofsted's Annex A, the as-of date: the
 * lists cover the 12 months to it), Hearth produces it in the background showing progress, then the file is
 * downloaded to submit.
 */
@Controller
class ReturnsController {

    static final int FIRST_YEAR = 2010;
    /** The return produced as of a day (the 12 months to it) rather than for a collection year. */
    static final String AS_OF_RETURN = "annex-a";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final List<ReturnExport> exports;
    private final ReturnJobs jobs;
    private final Clock clock;
    private final ReturnRuns runs;

    ReturnsController(List<ReturnExport> exports, ReturnJobs jobs, Clock clock, ReturnRuns runs) {
        this.runs = runs;
        this.exports = exports.stream().sorted(Comparator.comparing(ReturnExport::name)).toList();
        this.jobs = jobs;
        this.clock = clock;
    }

    @Bean
    static NavigationLink returnsLink() {
        return new NavigationLink(12, "nav.returns", "/returns", Permission.RUN_RETURNS);
    }

    @GetMapping("/returns")
    @RequiresPermission(Permission.RUN_RETURNS)
    String form(Model model) {
        LocalDate today = today();
        int year = today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear();
        return form(model, Map.of("year", String.valueOf(year), "return", exports.isEmpty() ? "" : exports.get(0).name(),
                "asOfDay", String.valueOf(today.getDayOfMonth()), "asOfMonth", String.valueOf(today.getMonthValue()),
                "asOfYear", String.valueOf(today.getYear())), new FormErrors());
    }

    @PostMapping("/returns")
    @RequiresPermission(Permission.RUN_RETURNS)
    String produce(@RequestParam Map<String, String> form, Model model) {
        FormErrors errors = new FormErrors();
        ReturnExport export = exports.stream().filter(e -> e.name().equals(form.get("return"))).findFirst()
                .orElse(null);
        if (export == null) {
            errors.reject("return", "returns.error.return");
        }
        if (export != null && export.name().equals(AS_OF_RETURN)) {
            LocalDate asOf = asOf(form, errors);
            if (errors.any()) {
                return form(model, form, errors);
            }
            return "redirect:/returns/jobs/" + jobs.startAsOf(export, asOf, CurrentUser.username()).getId();
        }
        String yearText = form.getOrDefault("year", "").strip();
        int last = today().getYear() + 1;
        Integer year = yearText.matches("\\d{4}") ? Integer.valueOf(yearText) : null;
        if (yearText.isEmpty()) {
            errors.reject("year", "returns.error.year.missing");
        } else if (year == null) {
            errors.reject("year", "returns.error.year.format");
        } else if (year < FIRST_YEAR || year > last) {
            errors.reject("year", "returns.error.year.range");
        }
        if (errors.any()) {
            return form(model, form, errors);
        }
        ReturnJobs.Job job = jobs.start(export, year, CurrentUser.username());
        return "redirect:/returns/jobs/" + job.getId();
    }

    /** Annex A's as-of date from its GOV.UK date input: a real date, not in the future, from 2010 on. */
    private LocalDate asOf(Map<String, String> form, FormErrors errors) {
        DateParts parts = TypedForm.parts(form, "asOf");
        DateParts.Problem problem = parts.problem();
        if (problem == DateParts.Problem.MISSING) {
            errors.reject("asOf", "returns.error.asOf.missing");
        } else if (problem == DateParts.Problem.INCOMPLETE) {
            errors.reject("asOf", "returns.error.asOf.incomplete");
        } else if (problem != null) {
            errors.reject("asOf", "returns.error.asOf.real");
        } else if (parts.toDate().isAfter(today())) {
            errors.reject("asOf", "returns.error.asOf.future");
        } else if (parts.toDate().getYear() < FIRST_YEAR) {
            errors.reject("asOf", "returns.error.asOf.early");
        } else {
            return parts.toDate();
        }
        return null;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    @GetMapping("/returns/jobs/{id}")
    @RequiresPermission(Permission.RUN_RETURNS)
    String job(@PathVariable UUID id, Model model) {
        model.addAttribute("job", job(id));
        return "returns/job";
    }

    @GetMapping("/returns/jobs/{id}/file")
    @RequiresPermission(Permission.RUN_RETURNS)
    ResponseEntity<byte[]> download(@PathVariable UUID id) throws IOException {
        ReturnJobs.Job job = job(id);
        if (!job.isDone()) {
            throw new NotFoundException("Return file");
        }
        return ResponseEntity.ok().contentType(switch (job.extension()) {
                    case "zip" -> MediaType.parseMediaType("application/zip");
                    case "xlsx" -> MediaType.parseMediaType(
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                    default -> MediaType.APPLICATION_XML;
                })
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(job.fileName()).build().toString())
                .body(Files.readAllBytes(job.file));
    }

    private ReturnJobs.Job job(UUID id) {
        return jobs.find(id, CurrentUser.username()).orElseThrow(() -> new NotFoundException("Return"));
    }

    private String form(Model model, Map<String, String> form, FormErrors errors) {
        model.addAttribute("exports", exports);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("firstYear", FIRST_YEAR);
        model.addAttribute("lastYear", today().getYear() + 1);
        model.addAttribute("asOf", TypedForm.parts(form, "asOf"));
        model.addAttribute("runs", runs.recent(20));
        return "returns/form";
    }
}
