package hearth.returns.cinrules;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.platform.cli.CommandRegistry;
import hearth.support.HearthTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@HearthTest
class ValidateCommandTest {

    @Autowired
    CommandRegistry commands;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aCensusWithErrorsListsEachFindingAndExitsWithOne() throws Exception {
        Path file = census(CinCases.VALID.replace("<AssessmentFactors>3A</AssessmentFactors>",
                "<AssessmentFactors>21</AssessmentFactors>"));
        assertThat(run("cin-census", file.toString())).isEqualTo(1);
        assertThat(out()).contains("C1\t8869\terror\tThe assessment factors code “21” cannot be used in conjunction"
                + " with any other assessment factors.\tAssessmentFactors")
                .contains("2887Q\tquery").contains("1 errors, 1 queries.");
    }

    @Test
    void aCensusWithOnlyQueriesExitsWithZero() throws Exception {
        assertThat(run("cin-census", census(CinCases.VALID).toString())).isZero();
        assertThat(out()).contains("0 errors, 1 queries.");
    }

    @Test
    void aMalformedFileIsOneClearFindingNotAStackTrace() throws Exception {
        assertThat(run("cin-census", census("<Message><Header>").toString())).isEqualTo(1);
        assertThat(out()).contains("XML\terror\tThe file is not well-formed XML").doesNotContain("Exception");
    }

    @Test
    void badUsageOrAnUnreadableFileExitsWithTwo() {
        assertThat(run("cin-census")).isEqualTo(2);
        assertThat(err()).contains("Name the return and the file").contains("validate <");
        assertThat(run("no-such-return", "cin.xml")).isEqualTo(2);
        assertThat(err()).contains("Unknown return 'no-such-return'");
        assertThat(run("cin-census", folder.resolve("missing.xml").toString())).isEqualTo(2);
        assertThat(err()).contains("Cannot read");
    }

    private Path census(String xml) throws Exception {
        Path file = folder.resolve("cin.xml");
        Files.writeString(file, xml);
        return file;
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
