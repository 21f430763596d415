package hearth.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimescaleLinksTest {

    @Test
    void whyIsThisDueLinksCarryTheStartAndTheEventEncoded() {
        assertThat(TimescaleLinks.whyDue("assessment-45-working-days", LocalDate.parse("2026-03-30"), "Referral & more"))
                .isEqualTo("/timescales/rules/assessment-45-working-days?started=2026-03-30&event=Referral%20%26%20more");
        assertThat(TimescaleLinks.whyDue("cin-review", null, null)).isEqualTo("/timescales/rules/cin-review");
    }
}
