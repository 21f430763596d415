package hearth.platform.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns XHTML into a tagged PDF (PDF/UA, so screen readers can read it) in the DejaVu Sans font Hearth ships, for the
 * documents contexts produce: chronologies, letters, reports. The XHTML names the font {@link #FONT}.
 */
public final class TaggedPdf {

    /** The font family the XHTML's styles name. */
    public static final String FONT = "DejaVu Sans";

    private TaggedPdf() {
    }

    /** The PDF of the document; {@code what} names it in the error should it fail ("the chronology PDF"). */
    public static byte[] render(String xhtml, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.withProducer("Hearth");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(what + " could not be made", e);
        }
        return out.toByteArray();
    }

    /** Escapes text for XHTML; characters XML cannot hold are dropped. */
    public static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscapeDecimal(text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""));
    }

    private static InputStream font(String name) {
        InputStream in = TaggedPdf.class.getResourceAsStream("/chronology/fonts/" + name);
        if (in == null) {
            throw new IllegalStateException("Missing font " + name);
        }
        return in;
    }
}
