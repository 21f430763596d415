package hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.dataquality.DataQuality;
import hearth.dataquality.QualityFinding;
import hearth.returns.ReturnExport;
import hearth.returns.ReturnRuns;
import hearth.returns.ReturnValidation;
import hearth.returns.ReturnValidation.Finding;
import hearth.support.HearthTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code generate --with-faults}: the faults planted in a small demo authority are each found by the DfE rule they
 * name, for the child they name, in the return exported for the year and by the live data-quality check. Planting
 * changes the data, so this test has its own database (H2) or schema (PostgreSQL), never the shared demo's.
 */
@HearthTest
@Import(PlantedFaultsTest.OwnSchema.class)
class PlantedFaultsTest {

    static final String SCHEMA = "planted_faults";

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        hearth.support.OwnDatabase.use(registry, SCHEMA);
    }

    /** Starts this test's own schema empty on PostgreSQL (an H2 database in memory always starts empty). */
    @TestConfiguration(proxyBeanMethods = false)
    static class OwnSchema {

        @Bean
        @Primary
        FlywayMigrationStrategy cleanOwnSchemaThenMigrate() {
            return flyway -> {
                if (!flyway.getConfiguration().isCleanDisabled()) {
                    flyway.clean();
                }
                flyway.migrate();
            };
        }
    }

    @Autowired
    DemoFaults faults;
    @Autowired
    List<ReturnExport> exports;
    @Autowired
    List<ReturnValidation> validations;
    @Autowired
    DataQuality dataQuality;
    @Autowired
    Clock clock;

    @TempDir
    Path out;

    @Test
    void everyPlantedFaultIsFoundByItsRuleForItsChild() throws Exception {
        DemoFaults.Planted planted = faults.plant(20261122L);
        planted.faults().forEach(f -> System.out.println("Planted: " + f.line()));
        System.out.println("No child for: " + planted.noChild());
        assertThat(planted.faults()).extracting(Fault::kind).contains("duplicate-upn",
                "born-after-referral", "sex-unknown");

        LocalDate today = LocalDate.now(clock);
        String year = Integer.toString(DemoFaults.yearStart(today).getYear() + 1);
        Path cinFile = out.resolve("cin.xml");
        export("cin-census").write(List.of("--year", year), cinFile, line -> { });
        Path ssdaFolder = out.resolve("ssda903");
        Files.createDirectories(ssdaFolder);
        export("ssda903").write(List.of("--year", year), ssdaFolder, line -> { });
        Map<String, List<Finding>> found = Map.of(
                "cin-census", validation("cin-census").validate(cinFile),
                "ssda903", validation("ssda903").validate(ssdaFolder, List.of("--year", year, "--as-of",
                        today.toString())));
        List<QualityFinding> live = dataQuality.findings(null, ReturnRuns.Via.DATA_QUALITY, "test");

        for (Fault fault : planted.faults()) {
            for (Fault.Code code : fault.codes()) {
                assertThat(found.get(code.returnName()))
                        .as("%s finds %s", code, fault.line())
                        .anyMatch(f -> fault.laChildId().equals(f.child()) && code.rule().equals(f.rule()));
                if (code.returnName().equals("cin-census")) {
                    assertThat(live).as("the live data-quality check finds %s", fault.line())
                            .anyMatch(f -> fault.childId().equals(f.childId()) && code.rule().equals(f.rule()));
                }
            }
        }
    }

    private ReturnExport export(String name) {
        return exports.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private ReturnValidation validation(String name) {
        return validations.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }
}
