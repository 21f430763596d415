package hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.platform.cli.UsageException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The generate command's options: --with-faults and --faults-out are checked before anything is generated. */
class GenerateCommandTest {

    private final GenerateCommand command = new GenerateCommand(null, null, new MockEnvironment());

    @Test
    void aListOfFaultsNeedsFaultsPlanted() {
        assertThatThrownBy(() -> command.run(List.of("--faults-out", "faults.tsv"), out(), out()))
                .isInstanceOf(UsageException.class).hasMessageContaining("--with-faults");
    }

    @Test
    void theUsageNamesTheFaultOptions() {
        assertThat(command.usage()).contains("--with-faults").contains("--faults-out FILE");
    }

    @Test
    void generatingIsRefusedInProductionWithOrWithoutFaults() {
        GenerateCommand live = new GenerateCommand(null, null, new MockEnvironment().withProperty("hearth.mode",
                "production"));
        assertThat(live.run(List.of("--with-faults"), out(), out())).isEqualTo(2);
    }

    private static PrintStream out() {
        return new PrintStream(new ByteArrayOutputStream());
    }
}
