package hearth.childrenincare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An English local authority with children's services (153 since April 2023), with its name as Ofsted's Annex A
 * writes it, the DfE's old 3-digit LA code and the ONS code (E06, E08, E09 or E10). The list is
 * {@code reference/english-local-authorities.csv}.
 */
public record LocalAuthority(String name, String dfeCode, String onsCode) {

    private static final List<LocalAuthority> ALL = load();

    /** Every English local authority, by name. */
    public static List<LocalAuthority> all() {
        return ALL;
    }

    /** The authority with this name, ignoring case and spaces around it. */
    public static Optional<LocalAuthority> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(la -> la.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    private static List<LocalAuthority> load() {
        List<LocalAuthority> found = new ArrayList<>();
        try (var in = LocalAuthority.class.getResourceAsStream("/reference/english-local-authorities.csv");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                int codes = line.lastIndexOf(',', line.lastIndexOf(',') - 1);
                String name = line.substring(0, codes).replace("\"", "");
                String[] rest = line.substring(codes + 1).split(",");
                found.add(new LocalAuthority(name, rest[0], rest[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(found);
    }
}
