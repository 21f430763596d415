package hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.platform.cli.UsageException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * The generate command's options: --with-faults and --faults-out are checked before anything is generated, a database
 * that already holds children is refused, and the journeys report their progress.
 */
class GenerateCommandTest {

    private final GenerateCommand command = new GenerateCommand(null, null, () -> 0, null, new MockEnvironment());

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
        GenerateCommand live = new GenerateCommand(null, null, () -> 0, null, new MockEnvironment()
                .withProperty("hearth.mode", "production"));
        assertThat(live.run(List.of("--with-faults"), out(), out())).isEqualTo(2);
    }

    @Test
    void aDatabaseThatAlreadyHoldsChildrenIsRefusedWithHowToStartFresh() {
        GenerateCommand onTop = new GenerateCommand(null, null, () -> 1202, null, new MockEnvironment());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = onTop.run(List.of("--scale", "demo", "--seed", "41"), out(), new PrintStream(err, true,
                StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already holds 1202 children")
                .contains("To start fresh").contains("delete ./data").contains("empty PostgreSQL database");
    }

    @Test
    void anAsOfThatIsNotADateIsRefusedBeforeAnythingIsGenerated() {
        assertThatThrownBy(() -> command.run(List.of("--as-of", "15/06/2026"), out(), out()))
                .isInstanceOf(UsageException.class).hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void theUsageSaysTheSameSeedAndDateGiveTheSameData() {
        assertThat(command.usage()).contains("--as-of YYYY-MM-DD").contains("empty database")
                .contains("same seed and --as-of date give the same data");
    }

    @Test
    void progressNamesTheDayReachedWhatWasMadeTheRateAndTheTimeLeft() {
        String line = DemoProgress.line(LocalDate.of(2025, 3, 1), 100, 400, 250, 90, 50.0);
        assertThat(line).isEqualTo("  2025-03-01: 250 contacts, 90 referrals, 5.0 contacts/s, about 2 min 30 s left");
    }

    @Test
    void theTimeLeftIsUnknownBeforeTheFirstDayAndReadsInHoursForLongRuns() {
        assertThat(DemoProgress.line(LocalDate.of(2025, 3, 1), 0, 400, 0, 0, 0)).endsWith("about unknown left");
        assertThat(DemoProgress.duration(2 * 3600 + 5 * 60 + 7)).isEqualTo("2 h 5 min");
        assertThat(DemoProgress.duration(42.4)).isEqualTo("42 s");
    }

    private static PrintStream out() {
        return new PrintStream(new ByteArrayOutputStream());
    }
}
