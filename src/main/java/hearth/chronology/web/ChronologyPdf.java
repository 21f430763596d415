package hearth.chronology.web;

import hearth.chronology.ChronologyFilter;
import hearth.chronology.EntryView;
import hearth.people.PersonSummary;
import hearth.platform.web.TaggedPdf;
import hearth.timescales.Due;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The chronology as a tagged, accessible PDF (PDF/UA: a title, the document language, headings, a table with
 * header cells, embedded fonts), made from XHTML by openhtmltopdf. The significant events view adds the analysis.
 */
@Component
class ChronologyPdf {

    private static final String FONT = TaggedPdf.FONT;
    private final MessageSource messages;
    private final Clock clock;

    ChronologyPdf(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    byte[] render(PersonSummary child, List<EntryView> entries, ChronologyFilter filter, String producedBy) {
        return TaggedPdf.render(xhtml(child, entries, filter, producedBy), "The chronology PDF");
    }

    String xhtml(PersonSummary child, List<EntryView> entries, ChronologyFilter filter, String producedBy) {
        String title = text("chronology.pdf.title", child.fullName());
        boolean analysis = filter.significantOnly();
        StringBuilder html = new StringBuilder(4096);
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\"><head>")
                .append("<title>").append(e(title)).append("</title>")
                .append("<meta name=\"subject\" content=\"").append(e(text("chronology.title"))).append("\"/>")
                .append("<meta name=\"author\" content=\"Hearth\"/>")
                .append("<style>")
                .append("@page { size: A4 landscape; margin: 14mm; ")
                .append("@bottom-right { content: counter(page) \" / \" counter(pages); font-family: '").append(FONT)
                .append("'; font-size: 9pt; } }")
                .append("body { font-family: '").append(FONT).append("'; font-size: 10pt; color: #0b0c0c; }")
                .append("h1 { font-size: 18pt; margin: 0 0 4mm 0; } p { margin: 0 0 2mm 0; }")
                .append("table { width: 100%; border-collapse: collapse; margin-top: 4mm; }")
                .append("thead { display: table-header-group; } tr { page-break-inside: avoid; }")
                .append("th, td { text-align: left; vertical-align: top; padding: 2mm; border-bottom: 1px solid #b1b4b6; }")
                .append("th { font-weight: bold; border-bottom: 2px solid #0b0c0c; } .date { white-space: nowrap; }")
                .append("</style></head><body>");
        html.append("<h1>").append(e(title)).append("</h1>");
        html.append("<p><strong>").append(e(text("chronology.pdf.sensitive"))).append("</strong></p>");
        if (child.dateOfBirth() != null) {
            html.append("<p>").append(e(text("chronology.pdf.dob", ChronologyController.DATE.format(child.dateOfBirth()))))
                    .append("</p>");
        }
        html.append("<p>").append(e(text("chronology.pdf.generated",
                ChronologyController.DATE.format(LocalDate.now(clock.withZone(Due.LONDON))), producedBy,
                describe(filter)))).append("</p>");
        html.append("<table><caption>").append(e(text("chronology.count", entries.size()))).append("</caption><thead><tr>");
        List<String> headings = new ArrayList<>(List.of("chronology.column.date", "chronology.column.category",
                "chronology.column.summary", "chronology.column.source", "chronology.column.significant"));
        if (analysis) {
            headings.add("chronology.analysis");
        }
        for (String heading : headings) {
            html.append("<th scope=\"col\">").append(e(text(heading))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (EntryView entry : entries) {
            html.append("<tr><td class=\"date\">").append(e(ChronologyController.DATE.format(entry.occurredOn())))
                    .append("</td><td>").append(e(text("chronology.category." + entry.category())))
                    .append("</td><td>").append(e(entry.summary()))
                    .append("</td><td>").append(e(entry.source()))
                    .append("</td><td>").append(e(text(entry.significant() ? "chronology.yes" : "chronology.no")))
                    .append("</td>");
            if (analysis) {
                html.append("<td>").append(e(entry.analysis() == null ? text("chronology.analysis.none") : entry.analysis()))
                        .append("</td>");
            }
            html.append("</tr>");
        }
        if (entries.isEmpty()) {
            html.append("<tr><td colspan=\"").append(headings.size()).append("\">").append(e(text("chronology.none")))
                    .append("</td></tr>");
        }
        return html.append("</tbody></table></body></html>").toString();
    }

    private String describe(ChronologyFilter filter) {
        List<String> parts = new ArrayList<>();
        filter.categories().stream().sorted().forEach(c -> parts.add(text("chronology.category." + c)));
        if (filter.from() != null) {
            parts.add(text("chronology.pdf.filters.from", ChronologyController.DATE.format(filter.from())));
        }
        if (filter.to() != null) {
            parts.add(text("chronology.pdf.filters.to", ChronologyController.DATE.format(filter.to())));
        }
        if (filter.significantOnly()) {
            parts.add(text("chronology.pdf.filters.significant"));
        }
        return parts.isEmpty() ? text("chronology.pdf.filters.none") : String.join("; ", parts);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }

    /** Escapes text for XHTML; characters XML cannot hold are dropped. */
    private static String e(String text) {
        return TaggedPdf.escape(text);
    }
}
