package hearth.returns.refdata;

import hearth.returns.refdata.ReferenceCsv.BadReferenceFile;
import hearth.returns.ssda903rules.SsdaReference;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a reference list from a CSV file, replacing the one held, in one transaction: a file with a bad row loads
 * nothing and leaves the list as it was (the message names the line). The formats are in the returns README.
 */
@Service
class ReferenceImport {

    private static final int BATCH = 1000;
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final JdbcTemplate jdbc;

    ReferenceImport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Ofsted's provider list (children's homes and other providers, one sheet saved as CSV); returns how many. */
    @Transactional
    public int providers(Path file) throws IOException {
        String name = file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ReferenceCsv csv = new ReferenceCsv(in, name);
            int urn = csv.required("URN", "URN");
            int place = csv.required("placement code", "Placement code", "Provider Placement Code");
            int provider = csv.required("placement provider code", "Placement provider code", "Provider Code");
            int postcode = csv.required("postcode", "Setting address postcode", "Setting postcode", "Postcode");
            int type = csv.column("Provider type");
            int la = csv.column("Local authority", "Provider local authority");
            int registered = csv.column("Registration date");
            int closed = csv.column("Deregistration date", "Closed date", "Closure date");
            int places = csv.column("Places", "Number of places", "Maximum users", "Max users");
            jdbc.update("delete from ofsted_provider");
            Map<String, Integer> seen = new HashMap<>();
            List<Object[]> rows = new ArrayList<>();
            int count = 0;
            for (List<String> f = csv.next(); f != null; f = csv.next()) {
                if (ReferenceCsv.blank(f)) {
                    continue;
                }
                int line = csv.line();
                rows.add(providerRow(name + " line " + line + ": ", line, seen, ReferenceCsv.value(f, urn),
                        ReferenceCsv.value(f, type), ReferenceCsv.value(f, la), ReferenceCsv.value(f, place),
                        ReferenceCsv.value(f, provider), ReferenceCsv.value(f, registered),
                        ReferenceCsv.value(f, closed), ReferenceCsv.value(f, places), ReferenceCsv.value(f, postcode)));
                count++;
                if (rows.size() == BATCH) {
                    insertProviders(rows);
                }
            }
            insertProviders(rows);
            return count;
        }
    }

    /** The ONS postcode directory (ONSPD or NSPL, or the columns the rules need); returns how many postcodes. */
    @Transactional
    public int postcodes(Path file) throws IOException {
        String name = file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ReferenceCsv csv = new ReferenceCsv(in, name);
            int pcds = csv.required("postcode", "pcds", "pcd", "pcd7", "pcd8", "postcode");
            int laua = csv.required("local authority", "laua", "lad25cd", "lad24cd", "lad23cd", "lad22cd",
                    "lad21cd", "oslaua");
            int east = csv.required("easting", "oseast1m", "east1m", "easting");
            int north = csv.required("northing", "osnrth1m", "north1m", "northing");
            int utla = csv.column("utla", "utla25cd", "utla24cd", "utla23cd", "utla22cd", "utla21cd");
            int lat = csv.column("lat", "latitude");
            int lon = csv.column("long", "longitude");
            jdbc.update("delete from ons_postcode");
            Map<String, Integer> seen = new HashMap<>();
            List<Object[]> rows = new ArrayList<>();
            int count = 0;
            for (List<String> f = csv.next(); f != null; f = csv.next()) {
                if (ReferenceCsv.blank(f)) {
                    continue;
                }
                rows.add(postcodeRow(name + " line " + csv.line() + ": ", seen, ReferenceCsv.value(f, pcds),
                        ReferenceCsv.value(f, laua), ReferenceCsv.value(f, utla), ReferenceCsv.value(f, east),
                        ReferenceCsv.value(f, north), ReferenceCsv.value(f, lat), ReferenceCsv.value(f, lon)));
                count++;
                if (rows.size() == BATCH) {
                    insertPostcodes(rows);
                }
            }
            insertPostcodes(rows);
            return count;
        }
    }

    /**
     * One provider's row as stored, after the checks every source of the list gets ({@code at} says where, for the
     * message; {@code seen} holds the URNs before it, each with its line).
     */
    static Object[] providerRow(String at, int line, Map<String, Integer> seen, String urn, String type, String la,
            String place, String provider, String registered, String closed, String places, String postcode) {
        String key = SsdaReference.urnKey(urn);
        if (key.isEmpty()) {
            throw new BadReferenceFile(at + "the URN is blank.");
        }
        if (key.length() > 20) {
            throw new BadReferenceFile(at + "the URN '" + key + "' is longer than Ofsted's (20 characters at most).");
        }
        Integer before = seen.put(key, line);
        if (before != null) {
            throw new BadReferenceFile(at + "URN " + key + " is already on line " + before + ".");
        }
        String setting = SsdaReference.postcodeKey(postcode);
        if (!setting.isEmpty() && !setting.matches("[A-Z0-9]{5,7}")) {
            throw new BadReferenceFile(at + "'" + postcode + "' is not a postcode.");
        }
        return new Object[] {key, text(at, "provider type", type), text(at, "local authority", la),
            text(at, "placement codes", codes(place)), text(at, "placement provider codes", codes(provider)),
            date(at, "registration date", registered), date(at, "deregistration date", closed),
            number(at, "number of places", places), blankToNull(setting), line};
    }

    /** One postcode's row as stored, after the checks every source of the directory gets. */
    static Object[] postcodeRow(String at, Map<String, Integer> seen, String postcode, String laua, String utla,
            String east, String north, String lat, String lon) {
        String shown = postcode.replaceAll("\\s+", " ").toUpperCase();
        String key = SsdaReference.postcodeKey(shown);
        if (!key.matches("[A-Z0-9]{5,7}")) {
            throw new BadReferenceFile(at + "'" + postcode + "' is not a postcode.");
        }
        if (seen.put(key, 1) != null) {
            throw new BadReferenceFile(at + "postcode " + shown + " appears twice.");
        }
        return new Object[] {key, shown.length() > 8 ? key : shown, code(at, "local authority", laua),
            code(at, "upper-tier authority", utla), number(at, "easting", east), number(at, "northing", north),
            degrees(at, "latitude", lat), degrees(at, "longitude", lon)};
    }

    void insertProviders(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into ofsted_provider (urn, provider_type, local_authority, place_codes,"
                    + " provider_codes, registration_date, closed_date, places, postcode, source_line)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, new int[] {Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE, Types.INTEGER,
                        Types.VARCHAR, Types.INTEGER});
            rows.clear();
        }
    }

    void insertPostcodes(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into ons_postcode (postcode, pcds, laua, utla, easting, northing, latitude,"
                    + " longitude) values (?, ?, ?, ?, ?, ?, ?, ?)", rows, new int[] {Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.NUMERIC, Types.NUMERIC});
            rows.clear();
        }
    }

    /** Codes separated by / or , (as Ofsted writes PR1/PR2), kept comma separated. */
    private static String codes(String text) {
        return String.join(",", ReferenceLists.codes(text.toUpperCase()));
    }

    private static Date date(String at, String what, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            String day = text.length() > 10 ? text.substring(0, 10) : text;
            return Date.valueOf(day.contains("/") ? LocalDate.parse(day, DMY) : LocalDate.parse(day));
        } catch (DateTimeParseException e) {
            throw new BadReferenceFile(at + "the " + what + " '" + text + "' is not a date (DD/MM/YYYY or"
                    + " YYYY-MM-DD).");
        }
    }

    private static Integer number(String at, String what, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new BadReferenceFile(at + "the " + what + " '" + text + "' is not a whole number.");
        }
    }

    private static java.math.BigDecimal degrees(String at, String what, String text) {
        try {
            java.math.BigDecimal d = ReferenceLists.decimal(text);
            if (d != null && d.abs().compareTo(java.math.BigDecimal.valueOf(180)) > 0) {
                throw new NumberFormatException();
            }
            return d == null ? null : d.setScale(6, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            throw new BadReferenceFile(at + "the " + what + " '" + text + "' is not in degrees.");
        }
    }

    private static String code(String at, String what, String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("[A-Za-z0-9]{1,9}")) {
            throw new BadReferenceFile(at + "the " + what + " code '" + text + "' is not an ONS code such as"
                    + " E06000038.");
        }
        return text.toUpperCase();
    }

    /** Text up to the 100 characters the columns hold (null when blank). */
    private static String text(String at, String what, String text) {
        if (text.length() > 100) {
            throw new BadReferenceFile(at + "the " + what + " is longer than 100 characters.");
        }
        return blankToNull(text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
