package hearth.earlyhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.people.RelationshipType;
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
class EarlyHelpPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    EarlyHelp earlyHelp;
    @Autowired
    People people;
    @Autowired
    hearth.timescales.Obligations obligations;

    Fixtures fx;
    String worker;
    PersonSummary child;
    LocalDate today;
    UUID team;

    @BeforeEach
    void setUp() {
        today = LocalDate.of(2026, 3, 2);
        clock.setDate(today);
        fx = new Fixtures(context);
        team = fx.team(fx.service(), null);
        worker = fx.user(Role.FAMILY_WORKER, team);
        child = fx.child(fx.name("Alex"), "Familyhelp", LocalDate.of(2014, 2, 2));
        fx.allocate(child.id(), team, worker);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPartnerRequestStartsEarlyHelpAndTheRecordShowsTheBadgeAndPanel() throws Exception {
        mvc.perform(get("/children/" + child.id() + "/early-help/new").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Who asked for early help")));
        mvc.perform(post("/children/" + child.id() + "/early-help/new").with(user(fx.signedIn(worker))).with(csrf())
                        .param("requestedBy", "Jo Patel, Reading Girls' School")
                        .param("reason", "Attendance has fallen to 70% since Christmas")
                        .param("startedOnDay", "1").param("startedOnMonth", "3").param("startedOnYear", "2026"))
                .andExpect(status().is3xxRedirection());
        EpisodeView episode = earlyHelp.episodesFor(child.id()).get(0);
        assertThat(episode.origin()).isEqualTo(Origin.PARTNER_REQUEST);
        assertThat(episode.reason()).isEqualTo("Jo Patel, Reading Girls' School: Attendance has fallen to 70% since Christmas");
        mvc.perform(get("/people/" + child.id()).with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-tag--turquoise\">Early help")))
                .andExpect(content().string(containsString("/early-help/" + episode.id())));
        mvc.perform(get("/early-help/" + episode.id()).with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Request from a partner agency")))
                .andExpect(content().string(containsString("History of this episode")));
        mvc.perform(get("/children/" + child.id() + "/early-help").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Episodes, latest first")));
    }

    @Test
    void badInputIsShownWithErrorsAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/children/" + child.id() + "/early-help/new").with(user(fx.signedIn(worker))).with(csrf())
                        .param("requestedBy", " ").param("reason", "Worried about sleep")
                        .param("startedOnDay", "31").param("startedOnMonth", "2").param("startedOnYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter who asked for early help")))
                .andExpect(content().string(containsString("Enter a real date of the request")))
                .andExpect(content().string(containsString("Worried about sleep")));
        assertThat(earlyHelp.episodesFor(child.id())).isEmpty();

        EpisodeView episode = open();
        mvc.perform(post("/early-help/" + episode.id() + "/lead-professional").with(user(fx.signedIn(worker)))
                        .with(csrf()).param("version", String.valueOf(episode.version())).param("leadKind", "PARTNER")
                        .param("partnerName", "Jo Patel").param("partnerAgency", "School")
                        .param("leadFromDay", "1").param("leadFromMonth", "3").param("leadFromYear", "2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the lead professional&#39;s role")))
                .andExpect(content().string(containsString("Enter how to reach the lead professional")))
                .andExpect(content().string(containsString("The date must be today or in the past")))
                .andExpect(content().string(containsString("value=\"Jo Patel\"")));
        mvc.perform(post("/early-help/" + episode.id() + "/reviews/new").with(user(fx.signedIn(worker))).with(csrf())
                        .param("heldOnDay", "2").param("heldOnMonth", "3").param("heldOnYear", "2026")
                        .param("attendees", "Sam Okafor, Mother\nJo Patel").param("reviewProgress", "Better")
                        .param("decision", "CONTINUE_PLAN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write each attendee on their own line")));
        mvc.perform(post("/early-help/" + episode.id() + "/waiting-list").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", String.valueOf(episode.version())).param("service", "Parenting")
                        .param("sinceDay", "2").param("sinceMonth", "3").param("sinceYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select a priority")));
        assertThat(earlyHelp.waitingFor(episode.id())).isEmpty();
        mvc.perform(post("/early-help/" + episode.id() + "/assessment").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", String.valueOf(episode.version()))
                        .param("assessmentStartedDay", "2").param("assessmentStartedMonth", "3")
                        .param("assessmentStartedYear", "2026").param("assessmentCompletedDay", "1")
                        .param("assessmentCompletedMonth", "3").param("assessmentCompletedYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter who completed the assessment")))
                .andExpect(content().string(containsString("The date completed cannot be before the date started")));
    }

    @Test
    void formsAndPlanWorkThroughThePages() throws Exception {
        EpisodeView episode = open();
        mvc.perform(post("/early-help/" + episode.id() + "/actions/new").with(user(fx.signedIn(worker))).with(csrf())
                        .param("outcome", "Children at school on time").param("action", "Morning routine chart")
                        .param("who", "Sam Okafor (mother)").param("byWhenDay", "30").param("byWhenMonth", "4")
                        .param("byWhenYear", "2026"))
                .andExpect(status().is3xxRedirection());
        PlanActionView action = earlyHelp.planFor(episode.id()).get(0);
        assertThat(action.byWhen()).isEqualTo(LocalDate.of(2026, 4, 30));
        mvc.perform(post("/early-help/" + episode.id() + "/actions/" + action.id() + "/progress")
                        .with(user(fx.signedIn(worker))).with(csrf()).param("version", String.valueOf(action.version()))
                        .param("progress", "ON_TRACK").param("progressNote", "Late twice this week, down from daily")
                        .param("progressOnDay", "2").param("progressOnMonth", "3").param("progressOnYear", "2026"))
                .andExpect(status().is3xxRedirection());
        assertThat(earlyHelp.planFor(episode.id()).get(0).progress()).isEqualTo(Progress.ON_TRACK);
        // the same stale version again is a conflict, not a silent overwrite
        mvc.perform(post("/early-help/" + episode.id() + "/actions/" + action.id() + "/progress")
                        .with(user(fx.signedIn(worker))).with(csrf()).param("version", String.valueOf(action.version()))
                        .param("progress", "DONE").param("progressNote", "Done")
                        .param("progressOnDay", "2").param("progressOnMonth", "3").param("progressOnYear", "2026"))
                .andExpect(status().isConflict());
        mvc.perform(post("/early-help/" + episode.id() + "/reviews/new").with(user(fx.signedIn(worker))).with(csrf())
                        .param("heldOnDay", "2").param("heldOnMonth", "3").param("heldOnYear", "2026")
                        .param("attendees", "Sam Okafor, Mother\r\nJo Patel, Reading Girls' School\n")
                        .param("reviewProgress", "Mornings calmer").param("decision", "CONTINUE_PLAN"))
                .andExpect(status().is3xxRedirection());
        assertThat(earlyHelp.reviewsFor(episode.id()).get(0).attendees()).hasSize(2);
        mvc.perform(get("/early-help/" + episode.id()).with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("Morning routine chart")))
                .andExpect(content().string(containsString("Jo Patel (Reading Girls&#39; School)")));
        mvc.perform(post("/early-help/" + episode.id() + "/close").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", String.valueOf(earlyHelp.find(episode.id()).orElseThrow().version()))
                        .param("closedOnDay", "2").param("closedOnMonth", "3").param("closedOnYear", "2026")
                        .param("closureOutcome", "NEEDS_MET"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/early-help/" + episode.id() + "/actions/new").with(user(fx.signedIn(worker))))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("This cannot be done now")));
        mvc.perform(get("/early-help/" + episode.id()).with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("Needs met")))
                .andExpect(content().string(not(containsString("Add an action to the plan"))));
    }

    @Test
    void permissionsRecordAccessAndUnknownIds() throws Exception {
        EpisodeView episode = open();
        String elsewhere = fx.user(Role.FAMILY_WORKER, fx.team(fx.service(), null));
        mvc.perform(get("/early-help/" + episode.id()).with(user(fx.signedIn(elsewhere))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Attendance"))));
        mvc.perform(get("/early-help/" + episode.id() + "/step-up").with(user(fx.signedIn(elsewhere))))
                .andExpect(status().isForbidden());
        String inspector = fx.user(Role.INSPECTOR, null);
        mvc.perform(get("/early-help/" + episode.id()).with(user(fx.signedIn(inspector))))
                .andExpect(status().isOk());
        mvc.perform(get("/early-help/" + episode.id() + "/close").with(user(fx.signedIn(inspector))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/early-help/waiting-list").with(user(fx.signedIn(inspector))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/early-help/" + UUID.randomUUID()).with(user(fx.signedIn(worker))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/early-help/" + episode.id() + "/actions/" + UUID.randomUUID() + "/progress")
                        .with(user(fx.signedIn(worker))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/early-help/not-an-id").with(user(fx.signedIn(worker)))).andExpect(status().isBadRequest());
        mvc.perform(get("/children/" + UUID.randomUUID() + "/early-help").with(user(fx.signedIn(worker))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theWaitingListNamesOnlyReachableChildrenAndTheFamilyLinkShowsSiblings() throws Exception {
        EpisodeView episode = open();
        earlyHelp.addToWaitingList(episode.id(), EarlyHelp.CURRENT, "Parenting programme", today.minusDays(1),
                Priority.HIGH);
        mvc.perform(get("/early-help/waiting-list").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(child.fullName())));
        String elsewhere = fx.user(Role.FAMILY_WORKER, fx.team(fx.service(), null));
        mvc.perform(get("/early-help/waiting-list").with(user(fx.signedIn(elsewhere))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(child.fullName()))))
                .andExpect(content().string(containsString("A child whose record you cannot open")));

        PersonSummary sister = fx.child(fx.name("Kim"), "Familyhelp", LocalDate.of(2017, 5, 5));
        people.relate(child.id(), sister.id(), RelationshipType.SIBLING, true, false, today.minusYears(5));
        fx.allocate(sister.id(), team, worker);
        mvc.perform(get("/early-help/" + episode.id()).with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("Brothers and sisters")))
                .andExpect(content().string(containsString(sister.fullName())))
                .andExpect(content().string(containsString("No early help now")));
    }

    @Test
    void aManagerVoidsAnEpisodeRecordedInErrorWithAReasonAndItsCheckInsStop() throws Exception {
        EpisodeView episode = open();
        earlyHelp.addToWaitingList(episode.id(), EarlyHelp.CURRENT, "Parenting programme", today, Priority.LOW);
        String manager = fx.user(Role.TEAM_MANAGER, team);
        mvc.perform(post("/early-help/" + episode.id() + "/void").with(user(fx.signedIn(worker))).with(csrf())
                        .param("voidReason", "Wrong child"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/early-help/" + episode.id() + "/void").with(user(fx.signedIn(manager))).with(csrf())
                        .param("voidReason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter why the episode is being voided")));
        mvc.perform(post("/early-help/" + episode.id() + "/void").with(user(fx.signedIn(manager))).with(csrf())
                        .param("voidReason", "Recorded against the wrong child"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/early-help/" + episode.id()).with(user(fx.signedIn(manager)))).andExpect(status().isNotFound());
        assertThat(earlyHelp.hasActiveEpisode(child.id())).isFalse();
        assertThat(obligations.openFor(java.util.List.of(child.id())))
                .noneMatch(o -> o.ruleId().equals(EarlyHelp.CHECK_IN_RULE));
        assertThat(earlyHelp.waitingList()).noneMatch(w -> w.episodeId().equals(episode.id()));
    }

    @Test
    void theReadOnlyApiGivesEpisodesWithinReach() throws Exception {
        EpisodeView episode = open();
        earlyHelp.addPlanAction(episode.id(), "On time at school", "Routine chart", "Mum", today.plusWeeks(4));
        mvc.perform(get("/api/v1/children/" + child.id() + "/early-help").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"origin\":\"PARTNER_REQUEST\"")));
        mvc.perform(get("/api/v1/early-help/" + episode.id()).with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Routine chart")));
        String elsewhere = fx.user(Role.FAMILY_WORKER, fx.team(fx.service(), null));
        mvc.perform(get("/api/v1/early-help/" + episode.id()).with(user(fx.signedIn(elsewhere))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/early-help/" + UUID.randomUUID()).with(user(fx.signedIn(worker))))
                .andExpect(status().isNotFound());
    }

    private EpisodeView open() {
        return earlyHelp.open(child.id(), Origin.PARTNER_REQUEST, "School: Attendance at 70%", today.minusDays(1));
    }
}
