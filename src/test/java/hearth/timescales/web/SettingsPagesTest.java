package hearth.timescales.web;

import static hearth.timescales.TestUsers.administrator;
import static hearth.timescales.TestUsers.socialWorker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.shared.Ids;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.timescales.Deadline;
import hearth.timescales.DeadlineUnit;
import hearth.timescales.LocalStandards;
import hearth.timescales.Obligations;
import hearth.timescales.settings.Settings;
import hearth.timescales.settings.TimescaleSettingChange;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@HearthTest
class SettingsPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Settings settings;
    @Autowired
    Obligations obligations;
    @Autowired
    MutableClock clock;

    private Deadline before;

    @BeforeEach
    void remember() {
        before = settings.current(LocalStandards.CIN_REVIEW_INTERVAL);
    }

    @AfterEach
    void restore() {
        settings.change(LocalStandards.CIN_REVIEW_INTERVAL, before);
        clock.reset();
    }

    @Test
    void onlyAdministratorsSeeTheLocalStandards() throws Exception {
        mvc.perform(get("/timescales/settings").with(socialWorker())).andExpect(status().isForbidden());
        mvc.perform(get("/timescales/settings").with(administrator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Child protection visit interval")))
                .andExpect(content().string(containsString("Personal adviser contact")))
                .andExpect(content().string(containsString("Core group interval")));
    }

    @Test
    void anAdministratorChangesTheChildInNeedReviewIntervalAndTheChangeIsRecorded() throws Exception {
        Deadline target = before.equals(Deadline.of(6, DeadlineUnit.WEEKS)) ? Deadline.of(8, DeadlineUnit.WEEKS)
                : Deadline.of(6, DeadlineUnit.WEEKS);
        mvc.perform(post("/timescales/settings/cin-review-interval").with(administrator()).with(csrf())
                        .param("amount", String.valueOf(target.amount())).param("unit", "WEEKS"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/timescales/settings"))
                .andExpect(flash().attribute("flashSuccess", "Child in need review interval is now "
                        + target.amount() + " weeks"));
        assertThat(settings.current(LocalStandards.CIN_REVIEW_INTERVAL)).isEqualTo(target);
        TimescaleSettingChange change = settings.history(LocalStandards.CIN_REVIEW_INTERVAL).get(0);
        assertThat(change.before()).isEqualTo(before);
        assertThat(change.after()).isEqualTo(target);
        assertThat(change.getChangedBy()).isEqualTo("administrator-tester");

        clock.setDate(LocalDate.parse("2026-03-02"));
        UUID review = obligations.open(Ids.next(), "cin-review", LocalDate.parse("2026-03-02"), "CIN plan", null);
        assertThat(obligations.find(review).orElseThrow().dueDate())
                .isEqualTo(LocalDate.parse("2026-03-02").plusWeeks(target.amount()));
        mvc.perform(get("/timescales/settings/cin-review-interval").with(administrator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("administrator-tester")));
    }

    @Test
    void aMissingOrImpossibleAmountIsShownInTheErrorSummaryAndByTheField() throws Exception {
        mvc.perform(post("/timescales/settings/cin-review-interval").with(administrator()).with(csrf())
                        .param("amount", "lots").param("unit", "WEEKS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#amount\"")))
                .andExpect(content().string(containsString("id=\"amount-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"amount-hint amount-error\"")))
                .andExpect(content().string(containsString("Enter a whole number from 1 to 999")));
        mvc.perform(post("/timescales/settings/cin-review-interval").with(administrator()).with(csrf())
                        .param("amount", "").param("unit", "HOURS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter how many")))
                .andExpect(content().string(containsString("href=\"#unit-WEEKS\"")))
                .andExpect(content().string(containsString("Select a unit")));
        assertThat(settings.current(LocalStandards.CIN_REVIEW_INTERVAL)).isEqualTo(before);
    }

    @Test
    void anUnknownStandardIsNotFound() throws Exception {
        mvc.perform(get("/timescales/settings/no-such-standard").with(administrator())).andExpect(status().isNotFound());
    }
}
