package hearth.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ReceivedTimeTest {

    @Test
    void readsTheTwentyFourHourClockAndAmPm() {
        assertThat(ContactController.time("14:30")).isEqualTo(LocalTime.of(14, 30));
        assertThat(ContactController.time(" 9.05 ")).isEqualTo(LocalTime.of(9, 5));
        assertThat(ContactController.time("2:15pm")).isEqualTo(LocalTime.of(14, 15));
        assertThat(ContactController.time("12:00 am")).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(ContactController.time("12:10pm")).isEqualTo(LocalTime.of(12, 10));
    }

    @Test
    void refusesWhatIsNotATime() {
        assertThat(ContactController.time("")).isNull();
        assertThat(ContactController.time("25:00")).isNull();
        assertThat(ContactController.time("10:60")).isNull();
        assertThat(ContactController.time("13:00pm")).isNull();
        assertThat(ContactController.time("noon")).isNull();
    }
}
