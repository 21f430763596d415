package hearth.returns.cin;

import java.io.IOException;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The 2026 CIN census schema (liiatools pipeline) and XPath reading of an exported file, for tests. */
final class CinSchema {

    private CinSchema() {
    }

    /** Throws with the first schema error (line and message) when the file is not valid. */
    static void validate(Path file) throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(CinSchema.class.getResource("/schemas/CIN_schema_2026.xsd"));
        schema.newValidator().validate(new StreamSource(file.toFile()));
    }

    static Document read(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    static String text(Document doc, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, doc);
    }

    static int count(Document doc, String xpath) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET))
                .getLength();
    }

    static Path temp() throws IOException {
        Path file = java.nio.file.Files.createTempFile("cin", ".xml");
        file.toFile().deleteOnExit();
        return file;
    }
}
