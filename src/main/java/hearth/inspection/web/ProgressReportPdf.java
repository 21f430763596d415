package hearth.inspection.web;

import hearth.inspection.ImprovementActionView;
import hearth.inspection.ImprovementPlan.PlanPoint;
import hearth.inspection.InspectionView;
import hearth.inspection.JudgementArea;
import hearth.inspection.LinkedMeasure;
import hearth.performance.MeasurePoint;
import hearth.platform.web.TaggedPdf;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The improvement plan's progress report for the committee (and the action plan owed to Ofsted) as a tagged,
 * accessible PDF (PDF/UA: title, language, headings, table headers, embedded fonts), made from XHTML by
 * openhtmltopdf: the inspection's judgements, then each point with its actions, status, evidence and measures' trends.
 */
@Component
class ProgressReportPdf {

    private static final String FONT = TaggedPdf.FONT;
    private final MessageSource messages;
    private final InspectionFormat fmt;

    ProgressReportPdf(MessageSource messages, InspectionFormat fmt) {
        this.messages = messages;
        this.fmt = fmt;
    }

    byte[] render(InspectionView inspection, List<PlanPoint> plan, Function<String, LinkedMeasure> measures,
            LocalDate today) {
        return TaggedPdf.render(xhtml(inspection, plan, measures, today), "The progress report");
    }

    String xhtml(InspectionView inspection, List<PlanPoint> plan, Function<String, LinkedMeasure> measures,
            LocalDate today) {
        String title = text("inspection.report.title");
        StringBuilder h = new StringBuilder(16_384);
        h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\"><head>")
                .append("<title>").append(e(title)).append("</title>")
                .append("<meta name=\"subject\" content=\"").append(e(text("inspection.report.subject")))
                .append("\"/><meta name=\"author\" content=\"Hearth\"/>")
                .append("<style>@page { size: A4; margin: 18mm; } body { font-family: '").append(FONT)
                .append("'; font-size: 10pt; line-height: 1.4; color: #0b0c0c; } h1 { font-size: 18pt; } ")
                .append("h2 { font-size: 13pt; margin-top: 8mm; } h3 { font-size: 11pt; } ")
                .append("table { border-collapse: collapse; width: 100%; margin-bottom: 4mm; } ")
                .append("th, td { border: 1px solid #b1b4b6; padding: 1.5mm; text-align: left; vertical-align: top; }")
                .append("</style></head><body>");
        h.append("<h1>").append(e(title)).append("</h1>");
        h.append("<p>").append(e(text("inspection.report.inspection", text("inspection.kind." + inspection.kind()),
                fmt.date(inspection.startDate()), fmt.date(today)))).append("</p>");
        if (!inspection.judgements().isEmpty()) {
            h.append("<table><caption>").append(e(text("inspection.judgements"))).append("</caption><thead><tr>")
                    .append(th(text("inspection.judgement.area"))).append(th(text("inspection.judgement.grade")))
                    .append("</tr></thead><tbody>");
            for (JudgementArea area : JudgementArea.values()) {
                if (inspection.grade(area) != null) {
                    h.append("<tr><td>").append(e(text("inspection.area." + area))).append("</td><td>")
                            .append(e(text("inspection.grade." + inspection.grade(area)))).append("</td></tr>");
                }
            }
            h.append("</tbody></table>");
        }
        for (PlanPoint p : plan) {
            h.append("<h2>").append(e(text("inspection.report.point", p.point().position(), p.point().body())))
                    .append("</h2>");
            if (p.actions().isEmpty()) {
                h.append("<p>").append(e(text("inspection.report.noActions"))).append("</p>");
            }
            for (ImprovementActionView a : p.actions()) {
                action(h, a, measures, today);
            }
        }
        h.append("</body></html>");
        return h.toString();
    }

    private void action(StringBuilder h, ImprovementActionView a, Function<String, LinkedMeasure> measures,
            LocalDate today) {
        h.append("<h3>").append(e(a.title())).append("</h3>");
        h.append("<table><thead><tr>").append(th(text("inspection.action.owner")))
                .append(th(text("inspection.action.dueDate"))).append(th(text("inspection.action.status")))
                .append("</tr></thead><tbody><tr><td>").append(e(a.owner())).append("</td><td>")
                .append(e(fmt.date(a.dueDate()) + (a.overdue(today) ? " (" + text("inspection.action.overdue") + ")"
                        : "")))
                .append("</td><td>").append(e(text("inspection.status." + a.status()))).append("</td></tr></tbody></table>");
        h.append("<p><strong>").append(e(text("inspection.action.evidence"))).append(":</strong> ")
                .append(a.evidence() == null ? e(text("inspection.action.noEvidence"))
                        : e(a.evidence()).replaceAll("\\R", "<br/>"))
                .append("</p>");
        for (String id : a.measureIds()) {
            LinkedMeasure m = measures.apply(id);
            h.append("<table><caption>").append(e(m.name())).append(" - ").append(e(latest(m)))
                    .append("</caption><thead><tr>").append(th(text("inspection.measure.month")))
                    .append(th(text("inspection.measure.value"))).append("</tr></thead><tbody>");
            for (MeasurePoint point : m.points()) {
                h.append("<tr><td>").append(e(fmt.month(point.month()))).append("</td><td>")
                        .append(e(point.percent() == null ? text("inspection.measure.none")
                                : text("inspection.measure.percent", point.percent(), point.numerator(),
                                        point.denominator())))
                        .append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
    }

    private String latest(LinkedMeasure m) {
        if (m.missing()) {
            return text("inspection.measure.missing");
        }
        String direction = text("inspection.direction." + (m.direction() == null ? "NONE" : m.direction().name()));
        return m.latest() == null ? text("inspection.measure.noneYet")
                : text("inspection.measure.latest", m.latest().percent(), fmt.month(m.latest().month()), direction);
    }

    private static String th(String text) {
        return "<th scope=\"col\">" + e(text) + "</th>";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }

    private static String e(String text) {
        return TaggedPdf.escape(text);
    }
}
