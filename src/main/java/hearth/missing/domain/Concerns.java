package hearth.missing.domain;

import hearth.missing.ExploitationConcern;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Exploitation concerns stored as a comma-separated list of names. */
final class Concerns {

    private Concerns() {
    }

    static String write(Set<ExploitationConcern> concerns) {
        return concerns == null || concerns.isEmpty() ? "" : concerns.stream().sorted().map(Enum::name)
                .collect(Collectors.joining(","));
    }

    static Set<ExploitationConcern> read(String stored) {
        Set<ExploitationConcern> set = EnumSet.noneOf(ExploitationConcern.class);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(ExploitationConcern::valueOf).forEach(set::add);
        }
        return set;
    }
}
