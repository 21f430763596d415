package hearth.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.audit.AccessAction;
import hearth.audit.AuditTrail;
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

@HearthTest
class PersonRecordPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    AuditTrail audit;

    Fixtures fx;
    String worker;
    String manager;
    String teamManager;
    PersonSummary child;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(context);
        UUID service = fx.service();
        manager = fx.user(Role.TEAM_MANAGER, null);
        UUID team = fx.team(service, manager);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        teamManager = fx.user(Role.TEAM_MANAGER, team);
        child = fx.child("Rowan", fx.unique("Record").replace(".", ""), LocalDate.of(2014, 2, 3));
        fx.allocate(child.id(), team, worker);
    }

    @Test
    void theChildsRecordShowsWhoTheyAreAndTheirAllocationAndTheViewIsLogged() throws Exception {
        mvc.perform(get("/children/" + child.id()).with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(child.laChildId())))
                .andExpect(content().string(containsString("3 February 2014")))
                .andExpect(content().string(containsString("Allocation")));
        assertThat(audit.accessTo(child.id(), 20))
                .anyMatch(a -> a.action() == AccessAction.VIEWED && a.username().equals(worker));
    }

    @Test
    void theTeamManagerSeesWhoHasViewedTheRecordAndAnInspectorCannot() throws Exception {
        mvc.perform(get("/children/" + child.id()).with(user(fx.signedIn(worker)))).andExpect(status().isOk());
        mvc.perform(get("/people/" + child.id() + "/viewers").with(user(fx.signedIn(teamManager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(worker)));
        mvc.perform(get("/people/" + child.id() + "/viewers").with(user(fx.signedIn(fx.user(Role.INSPECTOR, null)))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWorkerOutsideTheTeamIsOfferedToBreakTheGlassAndThenSeesTheRecord() throws Exception {
        String outsider = fx.user(Role.SOCIAL_WORKER, fx.team(fx.service(), null));
        mvc.perform(get("/children/" + child.id()).with(user(fx.signedIn(outsider))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("not in your caseload")))
                .andExpect(content().string(not(containsString(child.laChildId()))));
        mvc.perform(post("/people/" + child.id() + "/break-glass").param("reason", "too short")
                        .with(user(fx.signedIn(outsider))).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("govuk-error-summary")));
        mvc.perform(post("/people/" + child.id() + "/break-glass").param("reason", "Emergency duty call about this child")
                        .with(user(fx.signedIn(outsider))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/children/" + child.id()).with(user(fx.signedIn(outsider)))).andExpect(status().isOk());
    }

    @Test
    void searchFindsSpellingVariantsAndLogsTheSearchAndWhoItShowed() throws Exception {
        String surname = "Smythe" + fx.unique("x").replaceAll("[^a-z0-9]", "").substring(0, 4);
        PersonSummary found = fx.child("Muhammad", surname, LocalDate.of(2012, 7, 9));
        mvc.perform(post("/people/search").param("q", "Mohammed " + surname).with(user(fx.signedIn(worker))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(found.id().toString())));
        assertThat(audit.accessTo(found.id(), 10)).anyMatch(a -> a.action() == AccessAction.SHOWN_IN_SEARCH);
    }

    @Test
    void searchWithAnImpossibleDateSaysSoInsteadOfFailing() throws Exception {
        mvc.perform(post("/people/search").param("q", "Smith 31/02/2015").with(user(fx.signedIn(worker))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a real date of birth")));
    }

    @Test
    void anUnknownOrMalformedRecordIdGetsAClearPageNotAnError() throws Exception {
        mvc.perform(get("/children/" + UUID.randomUUID()).with(user(fx.signedIn(worker))))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("Page not found")));
        mvc.perform(get("/children/not-an-id").with(user(fx.signedIn(worker))))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("could not be understood")));
    }
}
