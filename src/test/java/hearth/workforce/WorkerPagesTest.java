package hearth.workforce;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The worker page and profile form: who may see and change it, bad input kept, concurrent edits refused, 404. */
@HearthTest
class WorkerPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    WorkerProfiles profiles;

    Fixtures fx;
    String manager;
    String worker;

    @BeforeEach
    void aManagedTeam() {
        fx = new Fixtures(context);
        manager = fx.unique("tm");
        UUID team = fx.team(fx.service(), manager);
        fx.user(manager, "Manager " + fx.name("M"), Role.TEAM_MANAGER, team);
        worker = fx.user(Role.SOCIAL_WORKER, team);
    }

    MockHttpServletRequestBuilder edit(String swe, String version) {
        return post("/workers/" + worker + "/edit").with(csrf()).with(user(fx.signedIn(manager)))
                .param("version", version).param("jobTitle", "Social worker").param("roleLabel", "Senior practitioner")
                .param("registrationNumber", swe).param("contract", "AGENCY").param("fte", "0.8")
                .param("startedOnDay", "1").param("startedOnMonth", "2").param("startedOnYear", "2024");
    }

    @Test
    void theTeamsManagerAndAnAdministratorSeeTheWorkerButNotColleaguesOrOtherManagers() throws Exception {
        mvc.perform(get("/workers/" + worker).with(user(fx.signedIn(manager)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Record an absence")));
        mvc.perform(get("/workers/" + worker).with(user(fx.signedIn(fx.user(Role.ADMINISTRATOR, null)))))
                .andExpect(status().isOk());
        String otherManager = fx.user(Role.TEAM_MANAGER, fx.team(fx.service(), null));
        mvc.perform(get("/workers/" + worker).with(user(fx.signedIn(otherManager)))).andExpect(status().isForbidden());
        mvc.perform(get("/workers/" + worker).with(user(fx.signedIn(worker)))).andExpect(status().isForbidden());
        mvc.perform(get("/workers/nobody.here").with(user(fx.signedIn(manager)))).andExpect(status().isNotFound());
    }

    @Test
    void aBadRegistrationNumberIsRefusedWithEverythingTypedKeptAndAGoodOneSaved() throws Exception {
        mvc.perform(edit("XY12", "0")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a Social Work England number as SW followed by digits")))
                .andExpect(content().string(containsString("value=\"XY12\"")))
                .andExpect(content().string(containsString("value=\"Senior practitioner\"")));
        long version = profiles.profile(worker).orElseThrow().version();
        mvc.perform(edit("sw123456", String.valueOf(version))).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/workers/" + worker));
        WorkerProfile saved = profiles.profile(worker).orElseThrow();
        Assertions.assertThat(saved.registrationNumber()).isEqualTo("SW123456");
        Assertions.assertThat(saved.agency()).isTrue();
        Assertions.assertThat(saved.fte()).isEqualByComparingTo("0.80");
        mvc.perform(edit("SW1", String.valueOf(version))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this profile")));
    }

    @Test
    void anAbsenceEndingBeforeItStartsIsRefusedAndAGoodOneRecorded() throws Exception {
        mvc.perform(post("/workers/" + worker + "/absences").with(csrf()).with(user(fx.signedIn(manager)))
                .param("kind", "SICKNESS").param("absenceFromDay", "10").param("absenceFromMonth", "3")
                .param("absenceFromYear", "2026").param("absenceToDay", "2").param("absenceToMonth", "3")
                .param("absenceToYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The end of the absence must be on or after its start")));
        mvc.perform(post("/workers/" + worker + "/absences").with(csrf()).with(user(fx.signedIn(manager)))
                .param("kind", "SICKNESS").param("absenceFromDay", "10").param("absenceFromMonth", "3")
                .param("absenceFromYear", "2026"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/workers/" + worker + "/training").with(csrf()).with(user(fx.signedIn(manager)))
                .param("course", "Court skills").param("status", "MISSED").param("courseDateDay", "4")
                .param("courseDateMonth", "4").param("courseDateYear", "2026"))
                .andExpect(status().is3xxRedirection());
        WorkerProfile p = profiles.profile(worker).orElseThrow();
        Assertions.assertThat(p.absences()).extracting(WorkerProfile.Absence::kind).containsExactly(AbsenceKind.SICKNESS);
        Assertions.assertThat(p.training()).extracting(WorkerProfile.Training::status).containsExactly(TrainingStatus.MISSED);
    }

    @Test
    void anAdministratorSetsATeamsEstablishmentAndBadInputIsKept() throws Exception {
        String admin = fx.user(Role.ADMINISTRATOR, null);
        UUID team = fx.team(fx.service(), null);
        mvc.perform(post("/teams/" + team + "/establishment").with(csrf()).with(user(fx.signedIn(admin)))
                .param("fundedFte", "eight")).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"eight\"")))
                .andExpect(content().string(containsString("Enter the funded posts as a number")));
        mvc.perform(post("/teams/" + team + "/establishment").with(csrf()).with(user(fx.signedIn(admin)))
                .param("fundedFte", "8.5")).andExpect(status().is3xxRedirection());
        Assertions.assertThat(profiles.establishment(team)).get().satisfies(v -> Assertions.assertThat(v)
                .isEqualByComparingTo("8.5"));
        mvc.perform(get("/teams/" + UUID.randomUUID() + "/establishment").with(user(fx.signedIn(admin))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/teams/establishment").with(user(fx.signedIn(manager)))).andExpect(status().isForbidden());
    }
}
