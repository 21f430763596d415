package hearth.childrenincare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reference list of English local authorities and their DfE and ONS codes. */
class LocalAuthorityTest {

    @Test
    void listsTheHundredAndFiftyThreeAuthoritiesEachWithItsOwnCodes() {
        assertThat(LocalAuthority.all()).hasSize(153);
        assertThat(LocalAuthority.all()).extracting(LocalAuthority::dfeCode).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("\\d{3}"));
        assertThat(LocalAuthority.all()).extracting(LocalAuthority::onsCode).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("E(06|08|09|10)\\d{6}"));
    }

    @Test
    void findsAnAuthorityByNameWithItsCurrentCodes() {
        assertThat(LocalAuthority.named(" wokingham ")).contains(new LocalAuthority("Wokingham", "872", "E06000041"));
        assertThat(LocalAuthority.named("Reading")).contains(new LocalAuthority("Reading", "870", "E06000038"));
        assertThat(LocalAuthority.named("Bristol, City of")).map(LocalAuthority::dfeCode).contains("801");
        assertThat(LocalAuthority.named("North Yorkshire")).map(LocalAuthority::onsCode).contains("E06000065");
        assertThat(LocalAuthority.named("Cumbria")).isEmpty();
        assertThat(LocalAuthority.named(null)).isEmpty();
    }
}
