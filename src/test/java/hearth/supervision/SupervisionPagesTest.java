package hearth.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.audit.AuditTrail;
import hearth.people.PersonSummary;
import hearth.security.Role;
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

/** The supervision pages: who may see and record what, bad input kept, unknown ids, record access and the panel. */
@HearthTest
class SupervisionPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    CaseSupervisions supervisions;
    @Autowired
    AuditTrail audit;

    SupervisionWorld world;
    PersonSummary child;
    LocalDate today;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(MutableClock.LONDON);
        clock.setDate(today);
        world = new SupervisionWorld(context);
        child = world.fx.child(world.fx.name("Sup"), "Pages", LocalDate.of(2012, 8, 9));
        world.workforce.allocate(child.id(), world.team, world.worker, today.minusMonths(1), "test allocation");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void workersCannotRecordSupervisionButSeeTheirOwn() throws Exception {
        mvc.perform(get("/supervision").with(user(world.fx.signedIn(world.worker)))).andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child.id() + "/supervision/new").with(user(world.fx.signedIn(world.worker))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/supervision/workers/" + world.manager).with(user(world.fx.signedIn(world.worker))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/my-supervision").with(user(world.fx.signedIn(world.worker)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("No personal supervision has been recorded.")));
    }

    @Test
    void aManagerOutsideTheWorkersLineCannotReadTheirSupervisionAndUnknownWorkersAre404() throws Exception {
        SupervisionWorld other = new SupervisionWorld(context);
        mvc.perform(get("/supervision/workers/" + world.worker).with(user(world.fx.signedIn(other.manager))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/supervision/workers/nobody." + UUID.randomUUID()).with(user(world.fx.signedIn(world.manager))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/supervision/workers/" + world.worker).with(user(world.fx.signedIn(world.head))))
                .andExpect(status().isOk());
    }

    @Test
    void badPersonalSupervisionIsShownAgainWithWhatWasTyped() throws Exception {
        mvc.perform(post("/supervision/workers/" + world.worker + "/new").with(csrf())
                        .with(user(world.fx.signedIn(world.manager)))
                        .param("heldOnDay", "31").param("heldOnMonth", "2").param("heldOnYear", "2026")
                        .param("wellbeing", "Feeling stretched").param("workload", "").param("learning", "x")
                        .param("reflection", "y"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a real date")))
                .andExpect(content().string(containsString("Enter what was discussed about workload")))
                .andExpect(content().string(containsString("Feeling stretched")));
    }

    @Test
    void caseSupervisionIsRecordedFromTheChildsRecordWithBadActionsRefusedAndKept() throws Exception {
        String form = "/children/" + child.id() + "/supervision/new";
        mvc.perform(post(form).with(csrf()).with(user(world.fx.signedIn(world.manager)))
                        .param("heldOnDay", String.valueOf(today.getDayOfMonth()))
                        .param("heldOnMonth", String.valueOf(today.getMonthValue()))
                        .param("heldOnYear", String.valueOf(today.getYear()))
                        .param("worker", world.worker).param("discussion", "Talked about school")
                        .param("reflection", "Drift").param("decisions", "Plan a meeting")
                        .param("action1", "Call the school").param("action1Owner", "someone.else"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose who will do the action")))
                .andExpect(content().string(containsString("Call the school")))
                .andExpect(content().string(containsString("Talked about school")));
        assertThat(supervisions.of(child.id())).isEmpty();

        LocalDate due = today.plusDays(10);
        mvc.perform(post(form).with(csrf()).with(user(world.fx.signedIn(world.manager)))
                        .param("heldOnDay", String.valueOf(today.getDayOfMonth()))
                        .param("heldOnMonth", String.valueOf(today.getMonthValue()))
                        .param("heldOnYear", String.valueOf(today.getYear()))
                        .param("worker", world.worker).param("discussion", "Talked about school")
                        .param("reflection", "Drift").param("decisions", "Plan a meeting")
                        .param("action1", "Call the school").param("action1Owner", world.worker)
                        .param("action1DueDay", String.valueOf(due.getDayOfMonth()))
                        .param("action1DueMonth", String.valueOf(due.getMonthValue()))
                        .param("action1DueYear", String.valueOf(due.getYear())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/children/" + child.id() + "/supervision"));
        mvc.perform(get("/children/" + child.id()).with(user(world.fx.signedIn(world.worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Supervision and management oversight")))
                .andExpect(content().string(not(containsString("Record case supervision"))));
        mvc.perform(get("/children/" + child.id() + "/supervision").with(user(world.fx.signedIn(world.worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Call the school")))
                .andExpect(content().string(containsString("Mark as done")));
        assertThat(audit.accessTo(child.id(), 20)).extracting(hearth.audit.AccessRecord::what)
                .contains("case supervision and management oversight");

        SupervisionActionView action = supervisions.of(child.id()).get(0).actions().get(0);
        mvc.perform(post("/supervision-actions/" + action.id() + "/complete").with(csrf())
                        .with(user(world.fx.signedIn(world.worker))).param("version", String.valueOf(action.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(supervisions.action(action.id()).orElseThrow().done()).isTrue();
        mvc.perform(post("/supervision-actions/" + action.id() + "/complete").with(csrf())
                        .with(user(world.fx.signedIn(world.worker))).param("version", String.valueOf(action.version())))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void oversightWithTheNextReviewBeforeItIsRefusedAndKept() throws Exception {
        LocalDate before = today.minusDays(1);
        mvc.perform(post("/children/" + child.id() + "/oversight/new").with(csrf())
                        .with(user(world.fx.signedIn(world.manager)))
                        .param("recordedOnDay", String.valueOf(today.getDayOfMonth()))
                        .param("recordedOnMonth", String.valueOf(today.getMonthValue()))
                        .param("recordedOnYear", String.valueOf(today.getYear()))
                        .param("direction", "Hold a strategy discussion").param("rationale", "")
                        .param("nextReviewOnDay", String.valueOf(before.getDayOfMonth()))
                        .param("nextReviewOnMonth", String.valueOf(before.getMonthValue()))
                        .param("nextReviewOnYear", String.valueOf(before.getYear())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the rationale")))
                .andExpect(content().string(containsString("The date must be today or later")))
                .andExpect(content().string(containsString("Hold a strategy discussion")));
    }

    @Test
    void unknownChildrenAndActionsAre404AndRecordsOutsideReachAreRefused() throws Exception {
        mvc.perform(get("/children/" + UUID.randomUUID() + "/supervision").with(user(world.fx.signedIn(world.manager))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/supervision-actions/" + UUID.randomUUID() + "/complete").with(csrf())
                        .with(user(world.fx.signedIn(world.manager))).param("version", "0"))
                .andExpect(status().isNotFound());
        UUID elsewhere = world.fx.team(world.fx.service(), null);
        String outsider = world.fx.user(Role.SOCIAL_WORKER, elsewhere);
        mvc.perform(get("/children/" + child.id() + "/supervision").with(user(world.fx.signedIn(outsider))))
                .andExpect(status().isForbidden());
        SupervisionWorld other = new SupervisionWorld(context);
        mvc.perform(get("/children/" + child.id() + "/oversight/new").with(user(world.fx.signedIn(other.manager))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOversightGapListLinksToTheChild() throws Exception {
        PersonSummary old = world.fx.child(world.fx.name("Sup"), "Gap", LocalDate.of(2011, 1, 2));
        world.workforce.allocate(old.id(), world.team, world.worker, today.minusMonths(7), "test allocation");
        mvc.perform(get("/supervision/oversight").with(user(world.fx.signedIn(world.manager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/children/" + old.id() + "/supervision")))
                .andExpect(content().string(not(containsString("/children/" + child.id() + "/supervision"))));
    }
}
