package hearth.dataquality;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.people.PersonSummary;
import hearth.security.HearthUser;
import hearth.security.RecordAccess;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** The data quality page: who may see it, what each sees, the grouping, the links and record access. */
@HearthTest
class DataQualityPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    RecordAccess access;

    Fixtures fx;
    UUID team;
    String manager;
    String worker;
    PersonSummary child;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(context);
        team = fx.team(fx.service(), null);
        manager = fx.user(Role.TEAM_MANAGER, team);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        child = BrokenRecords.childWithBadUpn(context, fx, team, worker);
        // the page shows the last check while it is recent: check again so it includes this child
        context.getBean(DataQuality.class).checkAndStore(hearth.returns.ReturnRuns.Via.DATA_QUALITY, manager);
    }

    @Test
    void aPerformanceOfficerSeesTheChildUnderTheRuleWithTheTeamAndBothLinks() throws Exception {
        String officer = fx.user(Role.PERFORMANCE_OFFICER, null);
        mvc.perform(get("/data-quality").with(user(fx.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rule 1530")))
                .andExpect(content().string(containsString("UPN invalid (characters 2-4 not a recognised LA code)")))
                .andExpect(content().string(containsString(child.fullName())))
                .andExpect(content().string(containsString("href=\"/people/" + child.id() + "\"")))
                .andExpect(content().string(containsString("href=\"/people/" + child.id() + "/edit\"")))
                .andExpect(content().string(containsString("By team")))
                .andExpect(content().string(containsString("href=\"/data-quality\"")));
    }

    @Test
    void aTeamManagerSeesTheirOwnTeamsChildrenOnly() throws Exception {
        mvc.perform(get("/data-quality").with(user(fx.signedIn(manager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(child.fullName())))
                .andExpect(content().string(containsString("href=\"/data-quality\"")));
        String otherManager = fx.user(Role.TEAM_MANAGER, fx.team(fx.service(), null));
        mvc.perform(get("/data-quality").with(user(fx.signedIn(otherManager))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(child.fullName()))));
    }

    @Test
    void workersWithoutPerformanceOrTeamOversightAreRefused() throws Exception {
        mvc.perform(get("/").with(user(fx.signedIn(worker)))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/data-quality\""))));
        mvc.perform(get("/data-quality").with(user(fx.signedIn(worker)))).andExpect(status().isForbidden());
        mvc.perform(post("/data-quality/check").with(user(fx.signedIn(worker))).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRestrictedRecordIsCountedButNeitherNamedNorLinked() throws Exception {
        HearthUser restricter = fx.signedIn(manager);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(restricter, null, restricter.getAuthorities()));
        try {
            access.restrict(child.id(), "Restricted while a family member works here", Set.of(manager));
        } finally {
            SecurityContextHolder.clearContext();
        }
        String officer = fx.user(Role.PERFORMANCE_OFFICER, null);
        mvc.perform(get("/data-quality").with(user(fx.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A record you cannot open")))
                .andExpect(content().string(not(containsString(child.fullName()))))
                .andExpect(content().string(not(containsString("/people/" + child.id()))));
    }

    @Test
    void checkNowKeepsTheCountsAndTheReturnsPageListsTheRun() throws Exception {
        String officer = fx.user(Role.PERFORMANCE_OFFICER, null);
        mvc.perform(post("/data-quality/check").with(user(fx.signedIn(officer))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/data-quality"));
        mvc.perform(get("/data-quality").with(user(fx.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rule 1530 day by day")));
        mvc.perform(get("/returns").with(user(fx.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cin-census checked against the DfE rules (data quality page)")))
                .andExpect(content().string(containsString(officer)));
    }
}
