package hearth.timescales.rest;

import static hearth.timescales.TestUsers.socialWorker;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import hearth.support.HearthTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@HearthTest
class WorkingDaysApiTest {

    @Autowired
    MockMvc mvc;

    private ResultActions call(String path) throws Exception {
        return mvc.perform(get("/api/v1/calendar/working-days" + path).with(socialWorker())
                .accept(MediaType.APPLICATION_JSON));
    }

    @Test
    void addsWorkingDaysFromDayZero() throws Exception {
        call("/add?from=2027-12-24&days=1").andExpect(status().isOk())
                .andExpect(content().json("{\"from\":\"2027-12-24\",\"days\":1,\"date\":\"2027-12-29\"}"));
    }

    @Test
    void addsNegativeDays() throws Exception {
        call("/add?from=2026-04-07&days=-1").andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2026-04-02"));
    }

    @Test
    void countsWorkingDaysBetweenTwoDates() throws Exception {
        call("/between?from=2026-03-30&to=2026-06-05").andExpect(status().isOk())
                .andExpect(content().json("{\"from\":\"2026-03-30\",\"to\":\"2026-06-05\",\"workingDays\":45}"));
    }

    @Test
    void answersInTheComplaintsCalendarWhenAsked() throws Exception {
        call("/add?from=2026-12-24&days=1&calendar=ew-complaints").andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2026-12-29"));
    }

    @Test
    void aMalformedDateIsABadRequestWithAClearProblem() throws Exception {
        call("/add?from=2026-02-30&days=1").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value(containsString("YYYY-MM-DD")));
        call("/between?from=yesterday&to=2026-01-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("'from'")));
    }

    @Test
    void aMissingParameterIsABadRequest() throws Exception {
        call("/add?from=2026-03-02").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("'days'")));
    }

    @Test
    void daysOutOfRangeOrNotANumberAreBadRequests() throws Exception {
        call("/add?from=2026-03-02&days=10001").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("between")));
        call("/add?from=2026-03-02&days=-10001").andExpect(status().isBadRequest());
        call("/add?from=2026-03-02&days=99999999999999999999").andExpect(status().isBadRequest());
        call("/add?from=2026-03-02&days=1.5").andExpect(status().isBadRequest());
        call("/add?from=2026-03-02&days=10000").andExpect(status().isOk());
        call("/add?from=2026-03-02&days=-10000").andExpect(status().isOk());
    }

    @Test
    void theEndBeforeTheStartIsABadRequest() throws Exception {
        call("/between?from=2026-03-09&to=2026-03-08").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("after")));
    }

    @Test
    void anUnknownCalendarOrAnOutOfRangeDateIsABadRequest() throws Exception {
        call("/add?from=2026-03-02&days=1&calendar=scotland").andExpect(status().isBadRequest());
        call("/add?from=1500-03-02&days=1").andExpect(status().isBadRequest());
        call("/add?from=%2B100000-03-02&days=1").andExpect(status().isBadRequest());
    }

    @Test
    void anonymousCallersAreNotAnswered() throws Exception {
        int status = mvc.perform(get("/api/v1/calendar/working-days/add?from=2026-03-02&days=1"))
                .andReturn().getResponse().getStatus();
        org.assertj.core.api.Assertions.assertThat(status).isNotEqualTo(200);
    }
}
