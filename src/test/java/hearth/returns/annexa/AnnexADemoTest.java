package hearth.returns.annexa;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.support.HearthTest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Annex A over the generated demo authority (the test context's demo data, as DemoDataTest plans it), as of today:
 * every list has rows (list 10 one for each adoption journey the demo made, which may be none), and every coded
 * value is one of the schema's codes.
 */
@HearthTest
class AnnexADemoTest {

    @Autowired
    AnnexAExport export;
    @Autowired
    Clock clock;
    @Autowired
    hearth.adoption.Adoptions adoptions;

    @TempDir
    Path out;

    @Test
    void everyListIsFilledFromTheDemoAuthorityWithTheSchemasCodes() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Path file = out.resolve("demo.xlsx");
        export.write(List.of("--as-of", today.toString()), file, line -> { });
        Map<String, List<List<String>>> workbook = AnnexAWorkbook.read(file);
        AnnexASchema schema = AnnexASchema.load();
        for (String sheet : schema.sheets()) {
            if (!sheet.equals("List 10")) {
                assertThat(workbook.get(sheet).size()).as(sheet + " has rows besides its headings").isGreaterThan(1);
            }
        }
        // the demo makes adoption journeys only for some young children long enough in care, so a small test
        // authority may have none: list 10 has a row for each journey open in the period, whatever their number
        AnnexAPeriod period = new AnnexAPeriod(today);
        long journeys = adoptions.all().stream().filter(j -> period.overlaps(j.decidedOn(),
                j.orderOn() != null ? j.orderOn() : j.stoppedOn())).count();
        assertThat(workbook.get("List 10")).hasSize(1 + (int) journeys);
        assertThat(schema.badCodes(workbook)).isEmpty();
    }
}
