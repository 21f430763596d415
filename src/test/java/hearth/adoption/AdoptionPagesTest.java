package hearth.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.childrenincare.ChildBecameLookedAfter;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;

@HearthTest
class AdoptionPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    Adoptions adoptions;
    @Autowired
    ApplicationEventPublisher events;

    Fixtures fx;
    String worker;
    String manager;
    PersonSummary child;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 6, 1));
        fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        manager = fx.user(Role.TEAM_MANAGER, team);
        child = fx.child(fx.name("Noor"), "Adopt", LocalDate.of(2024, 2, 2));
        fx.allocate(child.id(), team, worker);
        events.publishEvent(new ChildBecameLookedAfter(child.id(), UUID.randomUUID(), LocalDate.of(2025, 3, 1), "C2",
                "N1", worker));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theDecisionAndPlacementOrderShowTheTimelinessOnTheChildAndTheList() throws Exception {
        mvc.perform(post("/children/" + child.id() + "/adoption/decision").with(user(fx.signedIn(worker))).with(csrf())
                        .param("decidedOnDay", "1").param("decidedOnMonth", "12").param("decidedOnYear", "2025")
                        .param("decisionMaker", "Head of children's services").param("fostering", "no")
                        .param("concurrent", "no"))
                .andExpect(status().is3xxRedirection());
        AdoptionJourneyView j = adoptions.forChild(child.id()).get(0);
        mvc.perform(post("/adoption-journeys/" + j.id() + "/placement-order").with(user(fx.signedIn(worker)))
                        .with(csrf()).param("version", Long.toString(j.version())).param("stepOnDay", "2")
                        .param("stepOnMonth", "1").param("stepOnYear", "2026"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/children/" + child.id() + "/adoption").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("457 days so far")))
                .andExpect(content().string(containsString("150 days so far")))
                .andExpect(content().string(containsString("Over the national threshold")))
                .andExpect(content().string(containsString("Placement order made")));
        mvc.perform(get("/adoption").with(user(fx.signedIn(manager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(child.fullName())));
        mvc.perform(get("/children/" + child.id()).with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("457 days so far (threshold 426)")));
    }

    @Test
    void aStepOutOfOrderIsExplainedOnTheForm() throws Exception {
        mvc.perform(post("/children/" + child.id() + "/adoption/decision").with(user(fx.signedIn(worker))).with(csrf())
                        .param("decidedOnDay", "1").param("decidedOnMonth", "12").param("decidedOnYear", "2025")
                        .param("decisionMaker", "ADM").param("fostering", "yes").param("concurrent", "no"))
                .andExpect(status().is3xxRedirection());
        AdoptionJourneyView j = adoptions.forChild(child.id()).get(0);
        mvc.perform(post("/adoption-journeys/" + j.id() + "/match").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", Long.toString(j.version())).param("stepOnDay", "2")
                        .param("stepOnMonth", "1").param("stepOnYear", "2026").param("adopterName", "Kim and Lee"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A match needs the placement order (or consent) first")))
                .andExpect(content().string(containsString("Kim and Lee")));
        mvc.perform(get("/adoption-journeys/" + j.id() + "/nonsense").with(user(fx.signedIn(worker))))
                .andExpect(status().isNotFound());
        assertThat(adoptions.forChild(child.id()).get(0).matchedOn()).isNull();
        mvc.perform(post("/adoption-journeys/" + j.id() + "/stop").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", Long.toString(j.version())).param("stepOnDay", "3")
                        .param("stepOnMonth", "1").param("stepOnYear", "2026")
                        .param("stopReason", "Returning home to mother after a positive parenting assessment"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/children/" + child.id() + "/adoption").with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("No longer to be placed")))
                .andExpect(content().string(containsString("3 Jan 2026")))
                .andExpect(content().string(containsString("Returning home to mother")));
    }
}
