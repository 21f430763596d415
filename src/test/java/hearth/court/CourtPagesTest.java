package hearth.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@HearthTest
class CourtPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    Court court;

    Fixtures fx;
    String worker;
    String manager;
    PersonSummary child;
    LocalDate today;

    @BeforeEach
    void setUp() {
        today = LocalDate.of(2026, 9, 14);
        clock.setDate(today);
        fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        manager = fx.user(Role.TEAM_MANAGER, team);
        child = fx.child(fx.name("Jordan"), "Legal", LocalDate.of(2018, 2, 2));
        fx.allocate(child.id(), team, worker);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aWorkerCannotRecordTheGatewayDecisionButAManagerCan() throws Exception {
        mvc.perform(get("/children/" + child.id() + "/legal/gateway").with(user(fx.signedIn(worker))))
                .andExpect(status().isForbidden());
        mvc.perform(gateway(worker)).andExpect(status().isForbidden());
        assertThat(court.gatewaysFor(child.id())).isEmpty();
        mvc.perform(gateway(manager)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/children/" + child.id() + "/legal").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter pre-proceedings (Public Law Outline)")))
                .andExpect(content().string(containsString("Letter not sent yet")))
                .andExpect(content().string(not(containsString("Record a legal gateway decision"))));
        mvc.perform(get("/my-work").with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("Letter before proceedings")));
    }

    @Test
    void badInputIsShownWithWhatWasTyped() throws Exception {
        mvc.perform(post("/children/" + child.id() + "/legal/gateway").with(user(fx.signedIn(manager))).with(csrf())
                        .param("meetingDateDay", "31").param("meetingDateMonth", "2").param("meetingDateYear", "2026")
                        .param("attendees", "TM Ash, SW Birch").param("decision", "MAYBE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter the date of the legal gateway meeting as a real date")))
                .andExpect(content().string(containsString("Select a decision")))
                .andExpect(content().string(containsString("Enter the reasons for the decision")))
                .andExpect(content().string(containsString("TM Ash, SW Birch")))
                .andExpect(content().string(containsString("value=\"31\"")));
        assertThat(court.gatewaysFor(child.id())).isEmpty();
    }

    @Test
    void aRefusedChangeIsExplainedOnTheForm() throws Exception {
        mvc.perform(gateway(manager)).andExpect(status().is3xxRedirection());
        PreProceedingsView pp = court.preProceedingsFor(child.id()).get(0);
        mvc.perform(post("/pre-proceedings/" + pp.id() + "/letter").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", String.valueOf(pp.version())).param("letterDateDay", "1")
                        .param("letterDateMonth", "1").param("letterDateYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "The letter cannot be dated before the legal gateway decision to enter pre-proceedings")));
        mvc.perform(post("/children/" + child.id() + "/legal/issue").with(user(fx.signedIn(worker))).with(csrf())
                        .param("issuedOnDay", "14").param("issuedOnMonth", "9").param("issuedOnYear", "2026")
                        .param("court", "Reading Family Court").param("caseNumber", "RG26C00077"))
                .andExpect(status().is3xxRedirection());
        ProceedingsView p = court.proceedingsFor(child.id()).get(0);
        mvc.perform(post("/proceedings/" + p.id() + "/hearing").with(user(fx.signedIn(worker))).with(csrf())
                        .param("hearingDateDay", "13").param("hearingDateMonth", "9").param("hearingDateYear", "2026")
                        .param("hearingType", "CMH").param("hearingOutcome", "Directions given"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The date cannot be before the proceedings were issued")));
        mvc.perform(post("/proceedings/" + p.id() + "/extension").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", String.valueOf(p.version())).param("grantedOnDay", "14")
                        .param("grantedOnMonth", "9").param("grantedOnYear", "2026").param("weeks", "9")
                        .param("extensionReason", "Assessment"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the weeks granted as a whole number from 1 to 8")))
                .andExpect(content().string(containsString("value=\"9\"")));
        mvc.perform(get("/court").with(user(fx.signedIn(manager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(child.fullName())))
                .andExpect(content().string(containsString("14 Mar 2027")));
        mvc.perform(get("/people/" + child.id()).with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-tag--orange\">Care proceedings")))
                .andExpect(content().string(containsString("0 weeks in proceedings")));
    }

    @Test
    void aChildOutOfReachIsRefusedAndUnknownIdsAreNotFound() throws Exception {
        String elsewhere = fx.user(Role.SOCIAL_WORKER, fx.team(fx.service(), null));
        mvc.perform(get("/children/" + child.id() + "/legal").with(user(fx.signedIn(elsewhere))))
                .andExpect(status().isForbidden());
        mvc.perform(gateway(manager)).andExpect(status().is3xxRedirection());
        PreProceedingsView pp = court.preProceedingsFor(child.id()).get(0);
        mvc.perform(get("/pre-proceedings/" + pp.id() + "/letter").with(user(fx.signedIn(elsewhere))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/court").with(user(fx.signedIn(elsewhere))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/pre-proceedings/" + UUID.randomUUID() + "/letter").with(user(fx.signedIn(worker))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/proceedings/" + UUID.randomUUID() + "/hearing").with(user(fx.signedIn(worker))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/children/" + UUID.randomUUID() + "/legal").with(user(fx.signedIn(worker))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/children/not-an-id/legal").with(user(fx.signedIn(worker))))
                .andExpect(status().isBadRequest());
        String otherManager = fx.user(Role.TEAM_MANAGER, fx.team(fx.service(), null));
        mvc.perform(get("/court").with(user(fx.signedIn(otherManager))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(child.fullName()))));
    }

    @Test
    void aStaleFormIsAConflictNotAnOverwrite() throws Exception {
        mvc.perform(gateway(manager)).andExpect(status().is3xxRedirection());
        PreProceedingsView pp = court.preProceedingsFor(child.id()).get(0);
        mvc.perform(post("/pre-proceedings/" + pp.id() + "/family-group").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", String.valueOf(pp.version())).param("familyGroupOfferedDay", "14")
                        .param("familyGroupOfferedMonth", "9").param("familyGroupOfferedYear", "2026"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/pre-proceedings/" + pp.id() + "/family-group").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", String.valueOf(pp.version())).param("familyGroupOfferedDay", "13")
                        .param("familyGroupOfferedMonth", "9").param("familyGroupOfferedYear", "2026"))
                .andExpect(status().isConflict());
        assertThat(court.findPreProceedings(pp.id()).orElseThrow().familyGroupOfferedOn()).isEqualTo(today);
    }

    private MockHttpServletRequestBuilder gateway(String username) {
        return post("/children/" + child.id() + "/legal/gateway").with(user(fx.signedIn(username))).with(csrf())
                .param("meetingDateDay", "14").param("meetingDateMonth", "9").param("meetingDateYear", "2026")
                .param("attendees", "Team manager, social worker, council solicitor")
                .param("decision", "ENTER_PRE_PROCEEDINGS")
                .param("reasons", "Neglect continues despite two years of a child protection plan");
    }
}
