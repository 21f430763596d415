package hearth.caseloads;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** Caseload, workforce and settings pages: permissions, bad input kept, unknown teams and settings are 404s. */
@HearthTest
class CaseloadPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    Fixtures fx;
    String manager;
    String worker;
    String workerName;
    UUID team;

    @BeforeEach
    void aTeamHoldingAChild() {
        fx = new Fixtures(context);
        manager = fx.unique("tm");
        team = fx.team(fx.service(), manager);
        fx.user(manager, "Manager " + fx.name("M"), Role.TEAM_MANAGER, team);
        workerName = "Worker " + fx.name("W");
        worker = fx.user(fx.unique("sw"), workerName, Role.SOCIAL_WORKER, team);
        fx.allocate(fx.child(fx.name("Kid"), "Load", LocalDate.of(2014, 1, 1)).id(), team, worker);
    }

    @Test
    void aTeamManagerSeesTheTeamsCaseloadsButASocialWorkerMayNot() throws Exception {
        mvc.perform(get("/caseloads").with(user(fx.signedIn(manager)))).andExpect(status().isOk())
                .andExpect(content().string(containsString(workerName)))
                .andExpect(content().string(containsString("How many workers hold each size")));
        mvc.perform(get("/caseloads").with(user(fx.signedIn(worker)))).andExpect(status().isForbidden());
        mvc.perform(get("/caseloads").param("team", UUID.randomUUID().toString()).with(user(fx.signedIn(manager))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theWorkforcePageIsForLeadersAndPerformanceOfficers() throws Exception {
        mvc.perform(get("/workforce").with(user(fx.signedIn(fx.user(Role.PERFORMANCE_OFFICER, null)))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Staffing by team")))
                .andExpect(content().string(containsString("All teams")));
        mvc.perform(get("/workforce").with(user(fx.signedIn(manager)))).andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorChangesAWeightAndBadInputIsKept() throws Exception {
        String admin = fx.user(Role.ADMINISTRATOR, null);
        mvc.perform(get("/caseloads/settings").with(user(fx.signedIn(admin)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Threshold: social worker")));
        mvc.perform(post("/caseloads/settings/weight.EARLY_HELP").with(csrf()).with(user(fx.signedIn(admin)))
                .param("amount", "lots")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a number from 0 to 999.99")))
                .andExpect(content().string(containsString("value=\"lots\"")));
        mvc.perform(get("/caseloads/settings/weight.NOPE").with(user(fx.signedIn(admin)))).andExpect(status().isNotFound());
        mvc.perform(get("/caseloads/settings").with(user(fx.signedIn(manager)))).andExpect(status().isForbidden());
    }
}
