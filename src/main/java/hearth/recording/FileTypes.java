package hearth.recording;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The kinds of file Hearth keeps (PDF, Word, OpenDocument, plain text, JPEG, PNG), recognised by the file's
 * extension AND by its first bytes, so a program renamed to ".pdf" is refused. Old binary Word (.doc) files start
 * with the OLE2 signature; .docx and OpenDocument files are ZIP archives.
 */
final class FileTypes {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    /** Allowed extensions and the content type each is served as. */
    static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("txt", "text/plain"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"));

    private FileTypes() {
    }

    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The content type to keep for the file, or refused: wrong extension, or content that is not what it says. */
    static String check(String fileName, byte[] content) {
        String ext = extension(fileName);
        String type = CONTENT_TYPES.get(ext);
        if (type == null) {
            throw new UploadRefused("recording.document.error.type");
        }
        boolean matches = switch (ext) {
            case "pdf" -> starts(content, PDF);
            case "doc" -> starts(content, OLE2);
            case "docx", "odt", "ods" -> starts(content, ZIP);
            case "jpg", "jpeg" -> starts(content, JPEG);
            case "png" -> starts(content, PNG);
            case "txt" -> isText(content);
            default -> false;
        };
        if (!matches) {
            throw new UploadRefused("recording.document.error.disguised");
        }
        return type;
    }

    /** Valid UTF-8 without control characters other than tab, line feed, carriage return and form feed. */
    static boolean isText(byte[] content) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        try {
            String text = decoder.decode(java.nio.ByteBuffer.wrap(content)).toString();
            return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static boolean starts(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    /** A name safe to send back in a header: no path, no quotes or control characters, not too long. */
    static String safeName(String fileName) {
        String name = fileName == null ? "document" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9 ._()-]", "_").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() || name.startsWith(".") ? "document" + name : name;
    }
}
