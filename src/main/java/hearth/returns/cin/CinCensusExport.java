package hearth.returns.cin;

import hearth.returns.ReturnExport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The DfE Children in Need census for the collection year ending 31 March of {@code --year}: every child with an
 * episode of need open at any time in the year (so every child referred in it), one XML file valid against the
 * 2026 schema.
 */
@Component
public class CinCensusExport implements ReturnExport {

    /** The earliest and latest collection years Hearth will produce. */
    static final int FIRST_YEAR = 2010;

    private final CinCensusReader reader;
    private final Clock clock;
    private final String laCode;
    private final String release;

    CinCensusExport(CinCensusReader reader, Clock clock, @Value("${hearth.returns.la-code:870}") String laCode,
            @Value("${hearth.returns.release:2026.1}") String release) {
        this.reader = reader;
        this.clock = clock;
        this.laCode = laCode;
        this.release = release;
    }

    @Override
    public String name() {
        return "cin-census";
    }

    @Override
    public String summary() {
        return "DfE Children in Need census (XML) for the year ending 31 March";
    }

    @Override
    public String usage() {
        return "--year YYYY (the year the census ends, e.g. 2026 for April 2025 to March 2026)";
    }

    @Override
    public Written write(List<String> options, Path out, Consumer<String> progress) throws IOException {
        int year = year(options);
        if (!laCode.matches("\\d{3}")) {
            throw new IllegalArgumentException("The setting hearth.returns.la-code must be the authority's three-digit"
                    + " DfE code (e.g. 870 for Reading), not '" + laCode + "'.");
        }
        LocalDate from = LocalDate.of(year - 1, 4, 1);
        LocalDate to = LocalDate.of(year, 3, 31);
        progress.accept("CIN census " + year + ": children in need from " + from + " to " + to + ".");
        List<CinChild> children = reader.read(from, to, progress);
        if (children.isEmpty()) {
            throw new IllegalArgumentException("No child had an episode of need from " + from + " to " + to
                    + ": there is no CIN census to write for " + year + ".");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            CinCensusWriter.write(stream, new CinCensusWriter.Source(year, laCode, release, "001",
                    OffsetDateTime.now(clock)), children);
        }
        progress.accept("Wrote " + children.size() + " children to " + out + ".");
        return new Written(List.of(out), children.size());
    }

    /** The collection year from {@code --year YYYY}: required, a whole year no later than next year. */
    int year(List<String> options) {
        String text = null;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (option.equals("--year") && i + 1 < options.size()) {
                text = options.get(++i);
            } else if (option.startsWith("--year=")) {
                text = option.substring("--year=".length());
            } else {
                throw new IllegalArgumentException("Unknown option '" + option + "'. The CIN census takes " + usage());
            }
        }
        if (text == null) {
            throw new IllegalArgumentException("Say which census: --year YYYY, e.g. --year 2026 for 2025-26.");
        }
        int last = LocalDate.now(clock).getYear() + 1;
        try {
            int year = Integer.parseInt(text.strip());
            if (year < FIRST_YEAR || year > last) {
                throw new IllegalArgumentException("--year must be a census year from " + FIRST_YEAR + " to " + last
                        + ", not " + year + ".");
            }
            return year;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--year must be a year such as 2026, not '" + text + "'.");
        }
    }
}
