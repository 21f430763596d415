package hearth.casesummary.web;

import hearth.casesummary.LetterView;
import hearth.people.PersonSummary;
import hearth.platform.web.TaggedPdf;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A final letter to the child as a tagged, accessible PDF (PDF/UA: a title, the document language, a heading,
 * embedded fonts), made from XHTML by openhtmltopdf, in a large clear type a child can read.
 */
@Component
class LetterPdf {

    private static final String FONT = TaggedPdf.FONT;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private final MessageSource messages;

    LetterPdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(PersonSummary child, LetterView letter) {
        return TaggedPdf.render(xhtml(child, letter), "The letter PDF");
    }

    String xhtml(PersonSummary child, LetterView letter) {
        String title = text("casesummary.letter.pdf.title", child.firstName(), DATE.format(letter.reviewDate()));
        StringBuilder html = new StringBuilder(4096);
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\"><head>")
                .append("<title>").append(e(title)).append("</title>")
                .append("<meta name=\"subject\" content=\"").append(e(text("casesummary.letters.title")))
                .append("\"/><meta name=\"author\" content=\"Hearth\"/>")
                .append("<style>@page { size: A4; margin: 20mm; } body { font-family: '").append(FONT)
                .append("'; font-size: 14pt; line-height: 1.5; color: #0b0c0c; } h1 { font-size: 20pt; } ")
                .append("p { margin: 0 0 5mm 0; } .small { font-size: 10pt; }</style></head><body>");
        html.append("<h1>").append(e(title)).append("</h1>");
        for (String paragraph : letter.body().split("\\R\\s*\\R")) {
            html.append("<p>").append(e(paragraph.strip()).replaceAll("\\R", "<br/>")).append("</p>");
        }
        html.append("<p class=\"small\">").append(e(text("casesummary.letter.pdf.finalised",
                DATE.format(letter.finalisedAt().atZone(hearth.timescales.Due.LONDON)), letter.finalisedBy())))
                .append("</p></body></html>");
        return html.toString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }

    /** Escapes text for XHTML; characters XML cannot hold are dropped. */
    private static String e(String text) {
        return TaggedPdf.escape(text);
    }
}
