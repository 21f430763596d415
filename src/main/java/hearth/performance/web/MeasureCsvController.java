package hearth.performance.web;

import hearth.performance.MeasureDefinition;
import hearth.performance.MeasurePoint;
import hearth.performance.MeasureTrend;
import hearth.performance.Measures;
import hearth.performance.TeamTrend;
import hearth.platform.web.NotFoundException;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The measures as CSV for analysts: every measure by month, and one measure by team and month. */
@Controller
class MeasureCsvController {

    private final Measures measures;

    MeasureCsvController(Measures measures) {
        this.measures = measures;
    }

    @GetMapping("/performance/measures.csv")
    @RequiresPermission(Permission.VIEW_PERFORMANCE)
    ResponseEntity<byte[]> all() {
        StringBuilder csv = new StringBuilder("measure_id,measure,group,month,numerator,denominator,percent\r\n");
        for (MeasureDefinition m : measures.catalogue()) {
            MeasureTrend trend = measures.trend(m.id(), PerformanceController.MONTHS).orElseThrow();
            for (MeasurePoint p : trend.points()) {
                row(csv, m.id(), m.name(), m.group(), p);
            }
        }
        return file("performance-measures.csv", csv);
    }

    @GetMapping("/performance/measures/{id}/teams.csv")
    @RequiresPermission(Permission.VIEW_PERFORMANCE)
    ResponseEntity<byte[]> byTeam(@PathVariable String id) {
        MeasureDefinition m = measures.find(id).orElseThrow(() -> new NotFoundException("Measure"));
        StringBuilder csv = new StringBuilder("measure_id,team,month,numerator,denominator,percent\r\n");
        List<TeamTrend> teams = measures.trendByTeam(id, PerformanceController.MONTHS);
        for (TeamTrend t : teams) {
            for (MeasurePoint p : t.points()) {
                row(csv, m.id(), t.teamName() == null ? "" : t.teamName(), null, p);
            }
        }
        return file(id.replaceAll("[^A-Za-z0-9-]", "-") + "-by-team.csv", csv);
    }

    private static void row(StringBuilder csv, String id, String name, String group, MeasurePoint p) {
        csv.append(cell(id)).append(',').append(cell(name)).append(',');
        if (group != null) {
            csv.append(cell(group)).append(',');
        }
        csv.append(p.month()).append(',').append(p.numerator()).append(',').append(p.denominator()).append(',')
                .append(p.percent() == null ? "" : p.percent()).append("\r\n");
    }

    /** Quotes a text cell, and stops a spreadsheet reading it as a formula. */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    private static ResponseEntity<byte[]> file(String name, StringBuilder csv) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
