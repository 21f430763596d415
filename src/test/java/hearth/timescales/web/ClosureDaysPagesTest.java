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

import hearth.support.HearthTest;
import hearth.timescales.CalendarKind;
import hearth.timescales.WorkingDays;
import hearth.timescales.calendar.ClosureDays;
import hearth.timescales.calendar.LocalClosureDay;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@HearthTest
class ClosureDaysPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    ClosureDays closureDays;

    /** A working day far ahead that no other test has closed. */
    private LocalDate freeWorkingDay() {
        while (true) {
            LocalDate date = LocalDate.of(2900, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000));
            if (workingDays.calendar(CalendarKind.LOCAL).isWorkingDay(date)) {
                return date;
            }
        }
    }

    private MockHttpServletRequestBuilder add(LocalDate date, String description) {
        return post("/timescales/closure-days").with(administrator()).with(csrf())
                .param("day", String.valueOf(date.getDayOfMonth())).param("month", String.valueOf(date.getMonthValue()))
                .param("year", String.valueOf(date.getYear())).param("description", description);
    }

    @Test
    void anAdministratorAddsAClosureDayThatOnlyTheLocalCalendarSkips() throws Exception {
        LocalDate date = freeWorkingDay();
        mvc.perform(add(date, "Council closure")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/timescales/closure-days"))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(workingDays.calendar(CalendarKind.LOCAL).isWorkingDay(date)).isFalse();
        assertThat(workingDays.statutory().isWorkingDay(date)).isTrue();
        assertThat(workingDays.calendar(CalendarKind.LOCAL).addWorkingDays(date.minusDays(1), 1)).isAfter(date);
        mvc.perform(add(date, "Again")).andExpect(status().isOk())
                .andExpect(content().string(containsString("is already a closure day")));
    }

    @Test
    void aClosureDayIsVoidedWithAReasonAndStaysOnRecord() throws Exception {
        LocalDate date = freeWorkingDay();
        mvc.perform(add(date, "Closure to void")).andExpect(status().is3xxRedirection());
        LocalClosureDay day = closureDays.recentAndFuture().stream()
                .filter(d -> d.getClosureDate().equals(date) && !d.isVoided()).findFirst().orElseThrow();
        String path = "/timescales/closure-days/" + day.getId() + "/void";
        mvc.perform(get(path).with(administrator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Closure to void")));
        mvc.perform(post(path).with(administrator()).with(csrf()).param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#reason\"")))
                .andExpect(content().string(containsString("Enter why you are voiding the closure day")));
        mvc.perform(post(path).with(administrator()).with(csrf()).param("reason", "Added by mistake"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flashSuccess"));
        assertThat(workingDays.calendar(CalendarKind.LOCAL).isWorkingDay(date)).isTrue();
        assertThat(closureDays.find(day.getId()).getVoidReason()).isEqualTo("Added by mistake");
        mvc.perform(get("/timescales/closure-days").with(administrator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Added by mistake")))
                .andExpect(content().string(containsString("Voided")));
    }

    @Test
    void aWeekendOrAMissingDateAndDescriptionAreShownAsErrors() throws Exception {
        mvc.perform(add(LocalDate.parse("2950-01-01").with(java.time.DayOfWeek.SATURDAY), "Weekend"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is already not a working day")));
        mvc.perform(post("/timescales/closure-days").with(administrator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#closure-date-day\"")))
                .andExpect(content().string(containsString("href=\"#description\"")))
                .andExpect(content().string(containsString("Enter the date the offices close")));
        mvc.perform(post("/timescales/closure-days").with(administrator()).with(csrf())
                        .param("day", "31").param("month", "2").param("year", "2027").param("description", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must be a real date")));
    }

    @Test
    void onlyAdministratorsManageClosureDays() throws Exception {
        mvc.perform(get("/timescales/closure-days").with(socialWorker())).andExpect(status().isForbidden());
        mvc.perform(get("/timescales/closure-days/new").with(administrator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("for=\"closure-date-day\"")));
    }
}
