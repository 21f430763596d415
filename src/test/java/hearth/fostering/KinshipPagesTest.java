package hearth.fostering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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

@HearthTest
class KinshipPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    ConnectedPersons connected;

    Fixtures fx;
    String worker;
    String manager;
    PersonSummary child;
    LocalDate today = LocalDate.of(2026, 6, 1);

    @BeforeEach
    void setUp() {
        clock.setDate(today);
        fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        manager = fx.user(Role.TEAM_MANAGER, team);
        child = fx.child(fx.name("Robin"), "Kin", LocalDate.of(2019, 2, 2));
        fx.allocate(child.id(), team, worker);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aWorkerRecordsATemporaryApprovalAndSeesTheDaysLeftOnTheChildAndTheList() throws Exception {
        mvc.perform(post("/children/" + child.id() + "/kinship/approve").with(user(fx.signedIn(worker))).with(csrf())
                        .param("carerName", "Maggie Kin").param("relationship", "Grandmother")
                        .param("approvedOnDay", "1").param("approvedOnMonth", "5").param("approvedOnYear", "2026"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/children/" + child.id() + "/kinship").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Maggie Kin (Grandmother)")))
                .andExpect(content().string(containsString("21 Aug 2026")))
                .andExpect(content().string(containsString("Record an extension")));
        mvc.perform(get("/kinship").with(user(fx.signedIn(manager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(child.fullName())))
                .andExpect(content().string(containsString("Maggie Kin")));
        mvc.perform(get("/children/" + child.id()).with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("Connected person temporarily approved")))
                .andExpect(content().string(containsString("31 days taken, 81 days left")));
        mvc.perform(get("/my-work").with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("Connected person: full assessment decided")));
    }

    @Test
    void badInputAndASecondExtensionAreShownOnTheFormWithWhatWasTyped() throws Exception {
        mvc.perform(post("/children/" + child.id() + "/kinship/approve").with(user(fx.signedIn(worker))).with(csrf())
                        .param("carerName", "Tom Kin").param("approvedOnDay", "31").param("approvedOnMonth", "2")
                        .param("approvedOnYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter the date of temporary approval as a real date")))
                .andExpect(content().string(containsString("Enter how they are related to the child")))
                .andExpect(content().string(containsString("Tom Kin")));
        assertThat(connected.forChild(child.id())).isEmpty();

        KinshipApprovalView a = connected.forChild(child.id()).isEmpty()
                ? approve() : connected.forChild(child.id()).get(0);
        a = connected.extend(a.id(), a.version(), today, 4, "DBS", "Officer");
        mvc.perform(post("/kinship-approvals/" + a.id() + "/extend").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", Long.toString(a.version())).param("extendedOnDay", "1")
                        .param("extendedOnMonth", "6").param("extendedOnYear", "2026").param("weeks", "2")
                        .param("nominatedOfficer", "Head of service").param("extensionReason", "More time"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A temporary approval can be extended only once")))
                .andExpect(content().string(containsString("More time")));
    }

    private KinshipApprovalView approve() {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(worker, null,
                        java.util.List.of()));
        try {
            return connected.approve(child.id(), "Tom Kin", "Uncle", today.minusWeeks(10));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
