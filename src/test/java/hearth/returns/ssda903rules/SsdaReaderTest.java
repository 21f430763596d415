package hearth.returns.ssda903rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SsdaReaderTest {

    @TempDir
    Path folder;

    @Test
    void readsEachTableByNameOrHeaderRowWithMissingFilesEmpty() throws Exception {
        Files.writeString(folder.resolve("header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n"
                + "C1,F,01/02/2010,WBRI,UN5,,\r\n");
        Files.writeString(folder.resolve("eps 2026.csv"), "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,"
                + "REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
                + "C1,01/05/2025,S,C2,N1,U4,PR1,,,,\"AB1 2CD\",\"X \"\"Y\"\", Z\",SC1\n");
        SsdaTables t = new SsdaReader().read(folder, null);

        assertThat(t.year()).isEqualTo(2026);
        assertThat(t.header()).singleElement().satisfies(r -> {
            assertThat(r.child()).isEqualTo("C1");
            assertThat(r.date("DOB")).isEqualTo(LocalDate.of(2010, 2, 1));
            assertThat(r.blank("MOTHER")).isTrue();
        });
        assertThat(t.episodes()).singleElement().satisfies(r -> {
            assertThat(r.text("HOME_POST")).isEqualTo("AB1 2CD");
            assertThat(r.text("PL_POST")).isEqualTo("X \"Y\", Z");
            assertThat(r.line()).isEqualTo(2);
        });
        assertThat(t.reviews()).isEmpty();
        assertThat(t.ad1()).isEmpty();
    }

    @Test
    void theYearCanBeGivenAndDatesThatAreNotRealDaysReadAsBad() throws Exception {
        Files.writeString(folder.resolve("missing.csv"), "CHILD,DOB,MISSING,MIS_START,MIS_END\n"
                + "C1,31/02/2010,M,2025-05-01,\n");
        SsdaTables t = new SsdaReader().read(folder, 2027);
        assertThat(t.year()).isEqualTo(2027);
        assertThat(t.start()).isEqualTo(LocalDate.of(2026, 4, 1));
        SsdaRow r = t.missing().get(0);
        assertThat(r.badDate("DOB")).isTrue();
        assertThat(r.badDate("MIS_START")).isTrue();
        assertThat(r.badDate("MIS_END")).isFalse();
    }

    @Test
    void aMalformedFileIsRefusedSayingWhichFileAndLine() throws Exception {
        Files.writeString(folder.resolve("reviews.csv"), "CHILD,DOB,REVIEW,REVIEW_CODE\nC1,01/01/2010,01/05/2025\n");
        assertThatThrownBy(() -> new SsdaReader().read(folder, 2026))
                .hasMessage("reviews.csv line 2: 3 fields for 4 columns.");
        Files.writeString(folder.resolve("reviews.csv"), "CHILD,DOB,REVIEW\n");
        assertThatThrownBy(() -> new SsdaReader().read(folder, 2026))
                .hasMessage("reviews.csv: the reviews table needs a REVIEW_CODE column.");
        Files.writeString(folder.resolve("reviews.csv"), "CHILD,DOB,REVIEW,REVIEW_CODE\nC1,\"01/01/2010,x,y\n");
        assertThatThrownBy(() -> new SsdaReader().read(folder, 2026))
                .hasMessage("reviews.csv line 2: a quoted field is never closed.");
        Files.delete(folder.resolve("reviews.csv"));
        Files.writeString(folder.resolve("other.csv"), "A,B\n1,2\n");
        assertThatThrownBy(() -> new SsdaReader().read(folder, 2026)).hasMessageContaining("other.csv: the header row");
    }

    @Test
    void aReturnWithNoDatesNeedsTheYear() throws Exception {
        Files.writeString(folder.resolve("header.csv"), String.join(",", SsdaTableName.HEADER.columns()) + "\n");
        assertThatThrownBy(() -> new SsdaReader().read(folder, null)).hasMessageContaining("give --year");
        assertThat(new SsdaReader().read(folder, 2026).header()).isEqualTo(List.of());
    }
}
