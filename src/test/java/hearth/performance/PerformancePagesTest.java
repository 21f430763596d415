package hearth.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.audit.AccessAction;
import hearth.audit.AccessRecord;
import hearth.audit.AuditTrail;
import hearth.people.PersonSummary;
import hearth.security.RecordAccess;
import hearth.security.Role;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.workforce.Workforce;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The Performance pages: who may see them, a measure by team, the children behind a number, and CSV. */
@HearthTest
class PerformancePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    Workforce workforce;
    @Autowired
    RecordAccess access;
    @Autowired
    AuditTrail audit;

    MeasureJourneys journeys;
    PersonSummary again;
    PersonSummary first;
    String officer;
    String teamName;

    @BeforeEach
    void setUp() {
        journeys = new MeasureJourneys(context);
        teamName = workforce.team(journeys.team).orElseThrow().name();
        officer = journeys.fx.user(Role.PERFORMANCE_OFFICER, null);
        again = journeys.child("Ada", LocalDate.of(2055, 1, 1), LocalDate.of(2060, 12, 1));
        first = journeys.child("Fin", LocalDate.of(2055, 1, 1), LocalDate.of(2060, 12, 1));
        journeys.referral(again.id(), LocalDate.of(2060, 12, 10));
        journeys.referral(again.id(), LocalDate.of(2061, 5, 10));
        journeys.referral(first.id(), LocalDate.of(2061, 5, 12));
        clock.setDate(LocalDate.of(2061, 5, 20));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void onlyThoseWhoViewPerformanceSeeThePagesAndUnknownMeasuresOrMonthsAreNotFound() throws Exception {
        var worker = user(journeys.fx.signedIn(journeys.worker));
        for (String page : new String[] {"/performance", "/performance/measures/re-referrals",
                "/performance/measures/re-referrals/children?month=2061-05", "/performance/measures.csv",
                "/performance/measures/re-referrals/teams.csv"}) {
            mvc.perform(get(page).with(worker)).andExpect(status().isForbidden());
        }
        var leader = user(journeys.fx.signedIn(officer));
        mvc.perform(get("/performance").with(leader)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Re-referrals within 12 months of a previous referral")))
                .andExpect(content().string(containsString("role=\"img\"")))
                .andExpect(content().string(containsString("href=\"/performance\"")));
        mvc.perform(get("/performance/measures/no-such-measure").with(leader)).andExpect(status().isNotFound());
        mvc.perform(get("/performance/measures/re-referrals/children?month=May").with(leader))
                .andExpect(status().isNotFound());
        mvc.perform(get("/performance/measures/re-referrals/children?month=2061-05&team=nope").with(leader))
                .andExpect(status().isNotFound());
        mvc.perform(get("/performance/measures/no-such-measure/children?month=2061-05").with(leader))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMeasurePageShowsTheTwelveMonthsAndEachTeamWithLinksToTheChildren() throws Exception {
        mvc.perform(get("/performance/measures/re-referrals").with(user(journeys.fx.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("June 2060")))
                .andExpect(content().string(containsString("May 2061")))
                .andExpect(content().string(containsString(teamName)))
                .andExpect(content().string(containsString("/performance/measures/re-referrals/children?month=2061-05&amp;team="
                        + journeys.team)))
                .andExpect(content().string(containsString("Lower is better")));
    }

    @Test
    void theChildrenBehindANumberAreNamedOnlyForThoseWhoMayOpenTheirRecordsAndTheListIsLogged() throws Exception {
        String url = "/performance/measures/re-referrals/children?month=2061-05&team=" + journeys.team;
        mvc.perform(get(url).with(user(journeys.fx.signedIn(officer)))).andExpect(status().isOk())
                .andExpect(content().string(containsString(again.fullName())))
                .andExpect(content().string(containsString("/children/" + again.id())))
                .andExpect(content().string(containsString(first.fullName())))
                .andExpect(content().string(containsString("1 of 2 children are in the number")));
        assertThat(audit.accessTo(again.id(), 20)).extracting(AccessRecord::action)
                .contains(AccessAction.SHOWN_IN_SEARCH);

        String elsewhere = journeys.fx.user(Role.SERVICE_MANAGER, journeys.fx.team(journeys.fx.service(), null));
        mvc.perform(get(url).with(user(journeys.fx.signedIn(elsewhere)))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(again.fullName()))))
                .andExpect(content().string(not(containsString("/children/" + again.id()))))
                .andExpect(content().string(containsString("A child whose record you cannot open")));

        journeys.as(journeys.manager, () -> {
            access.restrict(first.id(), "Adopted: sealed record", Set.of(journeys.manager));
            return null;
        });
        mvc.perform(get(url).with(user(journeys.fx.signedIn(officer)))).andExpect(status().isOk())
                .andExpect(content().string(containsString(again.fullName())))
                .andExpect(content().string(not(containsString(first.fullName()))));
    }

    @Test
    void everyMeasureAndOneMeasureByTeamDownloadAsCsv() throws Exception {
        var leader = user(journeys.fx.signedIn(officer));
        String all = mvc.perform(get("/performance/measures.csv").with(leader)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("performance-measures.csv")))
                .andReturn().getResponse().getContentAsString();
        assertThat(all).startsWith("measure_id,measure,group,month,numerator,denominator,percent\r\n")
                .contains("\"re-referrals\",\"Re-referrals within 12 months of a previous referral\",\"Front door\",2061-05,")
                .contains("\"adoption-a2\",").contains("\"timeliness:referral-decision\",");
        String byTeam = mvc.perform(get("/performance/measures/re-referrals/teams.csv").with(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(byTeam).startsWith("measure_id,team,month,numerator,denominator,percent\r\n")
                .contains("\"re-referrals\",\"" + teamName + "\",2061-05,1,2,50.0\r\n")
                .contains("\"re-referrals\",\"" + teamName + "\",2060-12,0,1,0.0\r\n");
    }
}
