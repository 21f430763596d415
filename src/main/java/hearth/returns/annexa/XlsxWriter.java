package hearth.returns.annexa;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small, dependency-free writer of Office Open XML workbooks (.xlsx): one sheet per {@link #sheet} call, the first
 * row bold as a header, text as inline strings, whole numbers as numbers and dates as real dates shown DD/MM/YYYY.
 * Enough for returns such as Ofsted's Annex A; no formulas or formatting beyond that.
 */
final class XlsxWriter {

    /** Excel's day zero for the 1900 date system (serial 1 is 1 January 1900, with the 1900 leap-year quirk). */
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

    private record Sheet(String name, List<String> header, List<List<Object>> rows) {
    }

    private final List<Sheet> sheets = new ArrayList<>();

    /** Adds a sheet; each row's cells are {@link String}, {@link Number}, {@link LocalDate} or null (empty). */
    XlsxWriter sheet(String name, List<String> header, List<List<Object>> rows) {
        sheets.add(new Sheet(name, header, rows));
        return this;
    }

    void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
    }

    void write(OutputStream stream) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(stream)) {
            entry(zip, "[Content_Types].xml", contentTypes());
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", workbook());
            entry(zip, "xl/_rels/workbook.xml.rels", workbookRels());
            entry(zip, "xl/styles.xml", STYLES);
            for (int i = 0; i < sheets.size(); i++) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (i + 1) + ".xml"));
                Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                sheetXml(sheets.get(i), w);
                w.flush();
                zip.closeEntry();
            }
        }
    }

    private String contentTypes() {
        StringBuilder s = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
        for (int i = 1; i <= sheets.size(); i++) {
            s.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(
                    ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return s.append("</Types>").toString();
    }

    private String workbook() {
        StringBuilder s = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
        for (int i = 1; i <= sheets.size(); i++) {
            s.append("<sheet name=\"").append(escape(sheets.get(i - 1).name())).append("\" sheetId=\"").append(i)
                    .append("\" r:id=\"rId").append(i).append("\"/>");
        }
        return s.append("</sheets></workbook>").toString();
    }

    private String workbookRels() {
        StringBuilder s = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        for (int i = 1; i <= sheets.size(); i++) {
            s.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/")
                    .append("officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i)
                    .append(".xml\"/>");
        }
        int styles = sheets.size() + 1;
        s.append("<Relationship Id=\"rId").append(styles).append("\" Type=\"http://schemas.openxmlformats.org/")
                .append("officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        return s.append("</Relationships>").toString();
    }

    /** Style 0 plain, 1 bold (header), 2 a date shown DD/MM/YYYY. */
    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>\
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
            <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>""";

    private static void sheetXml(Sheet sheet, Writer w) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        row(w, 1, new ArrayList<>(sheet.header()), true);
        int r = 2;
        for (List<Object> cells : sheet.rows()) {
            row(w, r++, cells, false);
        }
        w.write("</sheetData></worksheet>");
    }

    private static void row(Writer w, int r, List<?> cells, boolean header) throws IOException {
        w.write("<row r=\"" + r + "\">");
        for (int c = 0; c < cells.size(); c++) {
            Object v = cells.get(c);
            if (v == null || (v instanceof String s && s.isEmpty())) {
                continue;
            }
            String ref = column(c) + r;
            if (v instanceof LocalDate d) {
                w.write("<c r=\"" + ref + "\" s=\"2\"><v>" + serial(d) + "</v></c>");
            } else if (v instanceof Number n) {
                w.write("<c r=\"" + ref + "\"><v>" + n + "</v></c>");
            } else {
                w.write("<c r=\"" + ref + "\" t=\"inlineStr\"" + (header ? " s=\"1\"" : "") + "><is><t xml:space=\""
                        + "preserve\">" + escape(v.toString()) + "</t></is></c>");
            }
        }
        w.write("</row>");
    }

    /** The spreadsheet serial number of a day (1900 date system). */
    static long serial(LocalDate day) {
        return ChronoUnit.DAYS.between(EPOCH, day);
    }

    /** A zero-based column index as letters: 0 is A, 25 Z, 26 AA. */
    static String column(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** XML-escapes text, dropping characters XML 1.0 cannot hold. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        s.append(ch);
                    }
                }
            }
        }
        return s.toString();
    }
}
