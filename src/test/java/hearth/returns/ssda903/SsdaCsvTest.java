package hearth.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV quoting and dates as the DfE validator reads them, and the schema check the export tests rely on. */
class SsdaCsvTest {

    @TempDir
    Path dir;

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndDatesAreDayMonthYear() throws Exception {
        Path file = dir.resolve("t.csv");
        SsdaCsv.write(file, List.of("A", "B", "C"), List.of(List.of("plain", "a,b", "say \"hi\"\nthen")));
        assertThat(Files.readString(file)).isEqualTo("A,B,C\r\nplain,\"a,b\",\"say \"\"hi\"\"\nthen\"\r\n");
        assertThat(SsdaFiles.rows(file).get(0).get("C")).isEqualTo("say \"hi\"\nthen");
        assertThat(SsdaCsv.date(LocalDate.of(2026, 3, 31))).isEqualTo("31/03/2026");
        assertThat(SsdaCsv.date(null)).isEmpty();
        assertThatThrownBy(() -> SsdaCsv.write(file, List.of("A", "B"), List.of(List.of("1"))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSchemaCheckRefusesCodesDatesAndBlanksOutsideThe2026Lists() throws Exception {
        Ssda903Schema schema = Ssda903Schema.upTo(2026);
        assertThat(schema.problem("episodes", "PLACE", "Z11")).isEmpty();
        assertThat(schema.problem("episodes", "PLACE", "H5")).isPresent();
        assertThat(schema.problem("episodes", "PLACE", "P2")).isPresent();
        assertThat(Ssda903Schema.upTo(2025).problem("episodes", "PLACE", "Z11")).isPresent();
        assertThat(schema.problem("header", "SEX", "M")).isEmpty();
        assertThat(schema.problem("header", "SEX", "1")).isPresent();
        assertThat(schema.problem("episodes", "DECOM", "2025-04-01")).isPresent();
        assertThat(schema.problem("episodes", "DECOM", "")).isPresent();
        assertThat(schema.problem("episodes", "DEC", "")).isEmpty();
        assertThat(schema.problem("oc2", "SDQ_SCORE", "41")).isPresent();
        assertThat(schema.columns("social_worker")).containsExactly("CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC",
                "SW_REASON");
        for (SsdaTable table : SsdaTable.values()) {
            assertThat(table.columns()).as(table.name()).containsExactlyInAnyOrderElementsOf(
                    schema.columns(table.schemaName()));
        }
    }
}
