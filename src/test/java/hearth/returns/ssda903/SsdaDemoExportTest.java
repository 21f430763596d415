package hearth.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.returns.ReturnExport;
import hearth.support.HearthTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The SSDA903 return over the generated demo year (the test context's demo data, as DemoDataTest plans it): every
 * value in every table is within the schema's code lists, date format and blank rules, and the tables agree.
 */
@HearthTest
class SsdaDemoExportTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    java.time.Clock clock;

    @TempDir
    Path out;

    @Test
    void theDemoYearExportsWithEveryValueInTheSchema() throws Exception {
        LocalDate today = LocalDate.now(clock);
        List<String> progress = new java.util.ArrayList<>();
        int year = today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear();
        ReturnExport.Written written = context.getBean("ssda903", ReturnExport.class)
                .write(List.of("--year", Integer.toString(year)), out, progress::add);

        assertThat(written.children()).isPositive();
        assertThat(progress).anyMatch(l -> l.startsWith("episodes.csv: "));
        assertThat(SsdaFiles.rows(out.resolve("episodes.csv"))).isNotEmpty();
        assertThat(SsdaFiles.rows(out.resolve("social_worker.csv"))).isNotEmpty();
        SsdaExportTest.assertEveryValueFitsTheSchema(out, Math.min(year, 2026), null);

        Set<String> inHeader = SsdaFiles.rows(out.resolve("header.csv")).stream().map(r -> r.get("CHILD"))
                .collect(Collectors.toSet());
        assertThat(inHeader).as("one header row per child").hasSize(written.children());
        for (String table : List.of("episodes", "reviews", "uasc", "oc2", "oc3", "missing", "social_worker")) {
            assertThat(SsdaFiles.rows(out.resolve(table + ".csv"))).as(table + " children are in the header")
                    .extracting(r -> r.get("CHILD")).allMatch(inHeader::contains);
        }
        Map<String, String> dobs = SsdaFiles.rows(out.resolve("header.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("CHILD"), r -> r.get("DOB")));
        for (String table : List.of("reviews", "uasc", "oc2", "oc3", "missing", "social_worker")) {
            assertThat(SsdaFiles.rows(out.resolve(table + ".csv"))).as(table + " DOB agrees with the header")
                    .allMatch(r -> r.get("DOB").equals(dobs.get(r.get("CHILD"))));
        }
    }

    @Test
    void theLastFullCollectionYearAlsoFitsTheSchema() throws Exception {
        context.getBean("ssda903", ReturnExport.class).write(List.of("--year", "2026"), out, line -> { });
        SsdaExportTest.assertEveryValueFitsTheSchema(out, 2026, null);
    }
}
