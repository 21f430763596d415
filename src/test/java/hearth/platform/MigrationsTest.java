package hearth.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Migrations are written by many contexts: their versions must never collide, and the schema documents itself. */
class MigrationsTest {

    private static final Pattern NAME = Pattern.compile("V(\\d{4}_\\d{2}_\\d{2}_\\d{4})__\\w+\\.sql");
    private static final Pattern TABLE = Pattern.compile("create table (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("comment on column (\\w+)\\.(\\w+) is '(.*?)';");

    @Test
    void everyMigrationHasATimestampVersionAndNoTwoShareOne() throws IOException {
        Map<String, String> versions = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Resource r : migrations()) {
            Matcher m = NAME.matcher(r.getFilename());
            if (!m.matches()) {
                problems.add(r.getFilename() + " is not named V<yyyy_MM_dd_HHmm>__<description>.sql");
                continue;
            }
            String other = versions.put(m.group(1), r.getFilename());
            if (other != null) {
                problems.add(r.getFilename() + " has the same version as " + other);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(versions).isNotEmpty();
    }

    @Test
    void everyColumnIsCommentedWithItsSensitivity() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Resource r : migrations()) {
            String sql = r.getContentAsString(StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            Map<String, String> comments = new HashMap<>();
            Matcher c = COMMENT.matcher(sql);
            while (c.find()) {
                comments.put(c.group(1) + "." + c.group(2), c.group(3));
            }
            Matcher t = TABLE.matcher(sql);
            while (t.find()) {
                for (String line : t.group(2).split("\\n")) {
                    String column = line.strip().split("\\s+")[0];
                    if (column.isEmpty() || column.equals("constraint") || column.equals("primary")) {
                        continue;
                    }
                    String comment = comments.get(t.group(1) + "." + column);
                    if (comment == null || !comment.matches(".*\\[sensitivity: [a-z-]+\\]")) {
                        missing.add(r.getFilename() + ": " + t.group(1) + "." + column);
                    }
                }
            }
        }
        assertThat(missing).as("columns without a [Sensitivity: ...] comment").isEmpty();
    }

    private static Resource[] migrations() throws IOException {
        return new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/*.sql");
    }
}
