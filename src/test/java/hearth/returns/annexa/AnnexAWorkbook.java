package hearth.returns.annexa;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A tiny .xlsx reader for tests (java.util.zip and the JDK's XML parser): each sheet by name, in workbook order, as
 * rows of cell text. Dates (cells styled as dates) come back as DD/MM/YYYY, numbers as written, empty cells as "".
 */
final class AnnexAWorkbook {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private AnnexAWorkbook() {
    }

    static Map<String, List<List<String>>> read(Path file) throws Exception {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        Document workbook = xml(parts.get("xl/workbook.xml"));
        Document rels = xml(parts.get("xl/_rels/workbook.xml.rels"));
        Map<String, String> targets = new HashMap<>();
        NodeList relList = rels.getElementsByTagName("Relationship");
        for (int i = 0; i < relList.getLength(); i++) {
            Element r = (Element) relList.item(i);
            targets.put(r.getAttribute("Id"), "xl/" + r.getAttribute("Target"));
        }
        Document styles = xml(parts.get("xl/styles.xml"));
        List<Boolean> dateStyles = dateStyles(styles);
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        NodeList sheetList = workbook.getElementsByTagName("sheet");
        for (int i = 0; i < sheetList.getLength(); i++) {
            Element s = (Element) sheetList.item(i);
            String target = targets.get(s.getAttribute("r:id"));
            sheets.put(s.getAttribute("name"), rows(xml(parts.get(target)), dateStyles));
        }
        return sheets;
    }

    /** For each cell style, whether it shows a date (a dd/mm/yyyy custom format or the built-in date format 14). */
    private static List<Boolean> dateStyles(Document styles) {
        Map<String, Boolean> formats = new HashMap<>();
        NodeList numFmts = styles.getElementsByTagName("numFmt");
        for (int i = 0; i < numFmts.getLength(); i++) {
            Element f = (Element) numFmts.item(i);
            formats.put(f.getAttribute("numFmtId"), f.getAttribute("formatCode").toLowerCase().contains("yy"));
        }
        List<Boolean> dates = new ArrayList<>();
        Element cellXfs = (Element) styles.getElementsByTagName("cellXfs").item(0);
        NodeList xfs = cellXfs.getElementsByTagName("xf");
        for (int i = 0; i < xfs.getLength(); i++) {
            String id = ((Element) xfs.item(i)).getAttribute("numFmtId");
            dates.add(id.equals("14") || formats.getOrDefault(id, false));
        }
        return dates;
    }

    private static List<List<String>> rows(Document sheet, List<Boolean> dateStyles) {
        List<List<String>> rows = new ArrayList<>();
        NodeList rowList = sheet.getElementsByTagName("row");
        for (int i = 0; i < rowList.getLength(); i++) {
            List<String> cells = new ArrayList<>();
            NodeList cellList = ((Element) rowList.item(i)).getElementsByTagName("c");
            for (int j = 0; j < cellList.getLength(); j++) {
                Element c = (Element) cellList.item(j);
                int column = column(c.getAttribute("r"));
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(value(c, dateStyles));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String value(Element c, List<Boolean> dateStyles) {
        if ("inlineStr".equals(c.getAttribute("t"))) {
            return c.getElementsByTagName("t").item(0).getTextContent();
        }
        String v = c.getElementsByTagName("v").item(0).getTextContent();
        String style = c.getAttribute("s");
        if (!style.isEmpty() && dateStyles.get(Integer.parseInt(style))) {
            return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(v)).format(DMY);
        }
        return v;
    }

    /** The zero-based column of a reference such as AB12. */
    private static int column(String ref) {
        int n = 0;
        for (char ch : ref.toCharArray()) {
            if (!Character.isLetter(ch)) {
                break;
            }
            n = n * 26 + (ch - 'A' + 1);
        }
        return n - 1;
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return f.newDocumentBuilder().parse(in);
        }
    }

    /** A sheet's rows as maps from heading to value (the first row is the headings). */
    static List<Map<String, String>> records(List<List<String>> sheet) {
        List<String> header = sheet.get(0);
        List<Map<String, String>> records = new ArrayList<>();
        for (List<String> row : sheet.subList(1, sheet.size())) {
            Map<String, String> r = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                r.put(header.get(i), i < row.size() ? row.get(i) : "");
            }
            records.add(r);
        }
        return records;
    }
}
