package hearth.returns.ssda903rules;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.platform.cli.CommandRegistry;
import hearth.support.HearthTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@HearthTest
class Ssda903ValidateCommandTest {

    @Autowired
    CommandRegistry commands;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** These returns are made up by hand: no provider list or postcode directory is loaded to judge them by. */
    @BeforeEach
    void withoutReferenceLists() {
        jdbc.sql("delete from ofsted_provider").update();
        jdbc.sql("delete from ons_postcode").update();
    }

    @Test
    void aReturnWithErrorsListsEachFindingOnALineAndExitsWithOne() throws Exception {
        header("C1,X,01/02/2010,WBRI,UN5,,");
        assertThat(run("ssda903", folder.toString(), "--year", "2026")).isEqualTo(1);
        assertThat(out()).contains("C1\t101\terror\tThe child or young person’s reported sex is not valid.\tSEX")
                .contains("errors, 0 queries.");
    }

    @Test
    void aCleanReturnExitsWithZero() throws Exception {
        header("C1,F,01/02/2010,WBRI,UN5,0,");
        Files.writeString(folder.resolve("episodes.csv"), String.join(",", SsdaTableName.EPISODES.columns())
                + "\nC1,01/05/2025,S,V2,N1,U4,PR1,01/06/2025,E13,,AB12CD,AB12CE,SC1\n");
        Files.writeString(folder.resolve("prev_perm.csv"), "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\nC1,01/02/2010,Z1,,\n");
        assertThat(run("ssda903", folder.toString(), "--year=2026")).isZero();
        assertThat(out()).doesNotContain("\terror\t").contains("0 errors, 0 queries.");
    }

    @Test
    void aMalformedFileIsOneClearFindingAndABadOptionIsUsage() throws Exception {
        Files.writeString(folder.resolve("header.csv"), "CHILD,SEX\nC1,F\n");
        assertThat(run("ssda903", folder.toString(), "--year", "2026")).isEqualTo(1);
        assertThat(out()).contains("-\tCSV\terror\theader.csv: the header table needs a DOB column.")
                .doesNotContain("Exception");
        assertThat(run("ssda903", folder.toString(), "--colour")).isEqualTo(2);
        assertThat(err()).contains("Unknown option for the SSDA903 check: --colour");
        assertThat(run("cin-census", folder.toString(), "--year", "2026")).isEqualTo(2);
        assertThat(err()).contains("takes no options");
    }

    @Test
    void lastYearsReturnIsComparedWhenGivenAndTheComparisonsSkippedWhenNot() throws Exception {
        header("C1,F,01/02/2010,WBRI,UN5,0,");
        Path last = Files.createDirectory(folder.resolve("last-year"));
        Files.writeString(last.resolve("header.csv"), String.join(",", SsdaTableName.HEADER.columns())
                + "\nC1,M,01/02/2010,WBRI,UN5,0,\n");
        run("ssda903", folder.toString(), "--year", "2026");
        assertThat(out()).doesNotContain("\t202\t");
        run("ssda903", folder.toString(), "--year", "2026", "--last", last.toString());
        assertThat(out()).contains("C1\t202\terror\tThe gender code conflicts with the gender already recorded for"
                + " this child.\tSEX");
        run("ssda903", folder.toString(), "--year", "2026", "--last=" + folder.resolve("nowhere"));
        assertThat(out()).contains("-\tCSV\terror\tLast year's return: " + folder.resolve("nowhere")
                + " is not a folder");
        assertThat(run("ssda903", folder.toString(), "--last")).isEqualTo(2);
        assertThat(err()).contains("--last needs a value");
    }

    private void header(String row) throws Exception {
        Files.writeString(folder.resolve("header.csv"), String.join(",", SsdaTableName.HEADER.columns()) + "\n"
                + row + "\n");
    }

    private int run(String... args) {
        return commands.run("validate", List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
