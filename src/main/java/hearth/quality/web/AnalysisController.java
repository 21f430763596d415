package hearth.quality.web;

import hearth.quality.Analysis;
import hearth.quality.AuditAnalysis;
import hearth.quality.Grade;
import hearth.quality.GradeRow;
import hearth.quality.ThemeRow;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import hearth.timescales.Due;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What audits say, for QA officers and leaders: counted grades by quarter and by team, themes by question and the
 * moderation disagreement rate, as bar charts with a table of the same figures, and as CSV.
 */
@Controller
class AnalysisController {

    private final AuditAnalysis analysis;
    private final MessageSource messages;
    private final Clock clock;

    AnalysisController(AuditAnalysis analysis, MessageSource messages, Clock clock) {
        this.analysis = analysis;
        this.messages = messages;
        this.clock = clock;
    }

    /** A bar in a chart: its label and a whole percentage. */
    record Bar(String label, int value) {
    }

    @Bean
    static NavigationLink auditAnalysisLink() {
        return new NavigationLink(41, "nav.auditAnalysis", "/quality/analysis", Permission.VIEW_PERFORMANCE);
    }

    @GetMapping("/quality/analysis")
    @RequiresPermission(Permission.VIEW_PERFORMANCE)
    String analysis(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Model model) {
        LocalDate end = date(to, today());
        LocalDate start = date(from, end.minusYears(1).plusDays(1));
        Analysis a = analysis.of(start, end);
        model.addAttribute("analysis", a);
        model.addAttribute("grades", Grade.values());
        model.addAttribute("quarterBars", a.byQuarter().stream().map(r -> new Bar(r.label(), r.goodOrBetterPercent()))
                .toList());
        model.addAttribute("teamBars", a.byTeam().stream().map(r -> new Bar(r.label(), r.goodOrBetterPercent()))
                .toList());
        model.addAttribute("themeBars", a.themes().stream().map(r -> new Bar(shorten(r.question()),
                r.positivePercent())).toList());
        model.addAttribute("day", QualityPages.DAY);
        return "quality/analysis";
    }

    @GetMapping("/quality/analysis.csv")
    @RequiresPermission(Permission.VIEW_PERFORMANCE)
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        LocalDate end = date(to, today());
        LocalDate start = date(from, end.minusYears(1).plusDays(1));
        Analysis a = analysis.of(start, end);
        StringBuilder csv = new StringBuilder("breakdown,group,audits");
        for (Grade g : Grade.values()) {
            csv.append(',').append(cell(text("quality.grade." + g)));
        }
        csv.append(",good or better %\r\n");
        rows(csv, "quarter", a.byQuarter());
        rows(csv, "team", a.byTeam());
        csv.append("\r\nquestion,answers,answered well,answered well %\r\n");
        for (ThemeRow t : a.themes()) {
            csv.append(cell(t.question())).append(',').append(t.total()).append(',').append(t.positive()).append(',')
                    .append(t.positivePercent()).append("\r\n");
        }
        csv.append("\r\nmoderated,changed by moderator,disagreement %\r\n").append(a.moderated()).append(',')
                .append(a.disagreed()).append(',').append(a.disagreementPercent()).append("\r\n");
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-analysis-" + start + "-to-"
                        + end + ".csv\"")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void rows(StringBuilder csv, String breakdown, List<GradeRow> rows) {
        for (GradeRow r : rows) {
            csv.append(breakdown).append(',').append(cell(r.label())).append(',').append(r.total());
            for (Grade g : Grade.values()) {
                csv.append(',').append(r.count(g));
            }
            csv.append(',').append(r.goodOrBetterPercent()).append("\r\n");
        }
    }

    /** A CSV cell, quoted, and never starting with a character a spreadsheet would run as a formula. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private static String shorten(String question) {
        return question.length() <= 30 ? question : question.substring(0, 29) + "…";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Due.LONDON));
    }

    private static LocalDate date(String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }
}
