package hearth.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.support.HearthTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The generated demo authority's census, for each year it covers, is valid and leaves no child in need out. */
@HearthTest
class DemoCensusTest {

    @Autowired
    CinCensusExport export;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyDemoYearExportsValidAgainstTheSchemaWithEveryChildInScope() throws Exception {
        int thisYear = LocalDate.now().getYear();
        for (int year = thisYear - 2; year <= thisYear + 1; year++) {
            Set<String> inScope = new HashSet<>(jdbc.sql("select distinct p.la_child_id from cin_episode e"
                    + " join person p on p.id = e.child_id where p.voided = false and e.referral_date <= :to"
                    + " and (e.closed_on is null or e.closed_on >= :from)")
                    .param("from", LocalDate.of(year - 1, 4, 1)).param("to", LocalDate.of(year, 3, 31))
                    .query(String.class).list());
            Path file = CinSchema.temp();
            List<String> options = List.of("--year", String.valueOf(year));
            if (inScope.isEmpty()) {
                assertThatThrownBy(() -> export.write(options, file, s -> { }))
                        .hasMessageContaining("no CIN census to write");
                continue;
            }
            export.write(options, file, s -> { });
            CinSchema.validate(file);
            Set<String> exported = laChildIds(CinSchema.read(file));
            assertThat(exported).as("census " + year).isEqualTo(inScope);
            if (year == thisYear) {
                assertThat(exported).as("the demo has children in need this year").isNotEmpty();
            }
        }
    }

    private static Set<String> laChildIds(Document doc) {
        NodeList ids = doc.getElementsByTagName("LAchildID");
        Set<String> found = new HashSet<>();
        for (int i = 0; i < ids.getLength(); i++) {
            found.add(ids.item(i).getTextContent());
        }
        return found;
    }
}
