package hearth.returns.cinrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.returns.ReturnValidation.Finding;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CinCensusReaderTest {

    @TempDir
    Path folder;

    @Test
    void theCensusIsFlattenedIntoTheDfeTables() {
        CinTables t = CinCases.tables(CinCases.VALID.replace("</Children>", CinCases.SECOND_CHILD + "</Children>"));
        assertThat(t.header().referenceDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(t.censusStart()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(t.childIdentifiers()).extracting(CinTables.ChildIdentifiers::laChildId).containsExactly("C1", "C2");
        assertThat(t.childCharacteristics()).hasSize(2);
        assertThat(t.disabilities()).extracting(CinTables.Disability::code).containsExactly("NONE");
        assertThat(t.cinDetails()).extracting(CinTables.CinDetails::reasonForClosure).containsExactly("RC7", "RC8");
        assertThat(t.assessments()).hasSize(2);
        assertThat(t.assessmentFactors()).extracting(CinTables.AssessmentFactor::factor)
                .containsExactly("3A", "4B", "21");
        assertThat(t.cinPlanDates()).hasSize(1);
        assertThat(t.section47()).singleElement().satisfies(s -> assertThat(s.icpcNotNeeded()).isFalse());
        assertThat(t.childProtectionPlans()).singleElement()
                .satisfies(p -> assertThat(p.numberOfPreviousCpp()).isEqualTo("0"));
        assertThat(t.reviews()).extracting(CinTables.Review::reviewDate).containsExactly(LocalDate.of(2025, 10, 14));
    }

    @Test
    void aDateThatIsNotADateReadsAsMissingForTheRulesToReport() {
        CinTables t = CinCases.tables(CinCases.VALID.replace("2025-05-01", "1st May"));
        assertThat(t.cinDetails().get(0).referralDate()).isNull();
        assertThat(new Rule8600().check(t)).hasSize(1);
    }

    @Test
    void aFileThatIsNotXmlOrNotACensusIsRefusedWithAReason() {
        assertThatThrownBy(() -> read("<Message><Header>")).isInstanceOf(CinCensusReader.UnreadableCensus.class)
                .hasMessageContaining("not well-formed XML");
        assertThatThrownBy(() -> read("<Episodes/>")).isInstanceOf(CinCensusReader.UnreadableCensus.class)
                .hasMessageContaining("<Episodes>");
        assertThatThrownBy(() -> read("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Message>&e;</Message>"))
                .isInstanceOf(CinCensusReader.UnreadableCensus.class);
    }

    @Test
    void theValidationReportsAMalformedFileAsOneFinding() throws Exception {
        Path file = folder.resolve("cin.xml");
        Files.writeString(file, "<Message><Children>");
        List<Finding> found = new CinCensusValidation().validate(file);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.error()).isTrue();
            assertThat(f.child()).isNull();
            assertThat(f.message()).contains("not well-formed XML");
        });
        Files.writeString(file, CinCases.VALID);
        assertThat(new CinCensusValidation().validate(file)).extracting(Finding::rule).containsExactly("2887Q");
        assertThat(new CinCensusValidation().name()).isEqualTo("cin-census");
    }

    private CinTables read(String xml) throws Exception {
        return new CinCensusReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
