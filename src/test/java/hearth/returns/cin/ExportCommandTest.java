package hearth.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.platform.cli.CommandRegistry;
import hearth.support.HearthTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code java -jar hearth.jar export ...}: the exit codes and messages a performance officer sees. */
@HearthTest
class ExportCommandTest {

    @Autowired
    CommandRegistry commands;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return commands.run("export", List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void exportingTheCensusWritesAValidFileAndPrintsProgress() throws Exception {
        Path file = Files.createTempDirectory("export").resolve("returns/cin.xml");
        String year = String.valueOf(LocalDate.now().getYear());
        assertThat(run("cin-census", "--year", year, "--out", file.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("CIN census " + year).contains("Wrote")
                .contains("Done:");
        CinSchema.validate(file);
    }

    @Test
    void withNoReturnOrAnUnknownOneTheAvailableReturnsAreListed() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Say which return").contains("cin-census");
        assertThat(run("cin-sensus", "--year", "2026", "--out", "x.xml")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no return called 'cin-sensus'")
                .contains("cin-census");
    }

    @Test
    void aBadYearOrNoOutputFileIsRefusedWithAClearMessageAndExitCodeTwo() {
        assertThat(run("cin-census", "--year", "26", "--out", "x.xml")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--year must be a census year from 2010")
                .contains("Usage: export cin-census");
        assertThat(run("cin-census", "--year", "next", "--out", "x.xml")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--year must be a year such as 2026");
        assertThat(run("cin-census", "--year", "2026")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out FILE");
        assertThat(run("cin-census", "--year", "2026", "--colour", "red", "--out", "x.xml")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown option '--colour'");
    }
}
