package hearth.childinneed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.assessment.AssessmentOutcome;
import hearth.frontdoor.ReferralSource;
import hearth.frontdoor.ReferralView;
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
class ChildInNeedPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    ChildrenInNeed cin;

    Fixtures fx;
    CinJourney journey;
    String worker;
    String manager;
    PersonSummary child;
    LocalDate today;
    EpisodeView episode;
    UUID team;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(MutableClock.LONDON);
        clock.setDate(today);
        fx = new Fixtures(context);
        journey = new CinJourney(context, fx);
        team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        manager = fx.user(Role.TEAM_MANAGER, team);
        child = fx.child(fx.name("Jordan"), "Cinpages", LocalDate.of(2014, 2, 2));
        fx.allocate(child.id(), team, worker);
        ReferralView referral = journey.referral(child.id(), manager, ReferralSource.S2A);
        journey.assessmentAuthorised(child.id(), referral.id(), today, today, AssessmentOutcome.CHILD_IN_NEED_PLAN,
                manager);
        episode = cin.openEpisodeFor(child.id()).orElseThrow();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theChildsRecordShowsTheBadgeAndPanelAndTheEpisodePageShowsTheSummary() throws Exception {
        mvc.perform(get("/children/" + child.id()).with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-tag--blue\">Child in need")))
                .andExpect(content().string(containsString("/cin-episodes/" + episode.id())))
                .andExpect(content().string(containsString("/children/" + child.id() + "/child-in-need")));
        mvc.perform(get("/children/" + child.id() + "/child-in-need").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/cin-episodes/" + episode.id())));
        mvc.perform(get("/cin-episodes/" + episode.id()).with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2A: Schools")))
                .andExpect(content().string(containsString("First plan meeting due")))
                .andExpect(content().string(containsString("Start a child in need plan")));
    }

    @Test
    void aChildOutOfReachIsRefusedAndUnknownOrMalformedIdsAreNotFoundOrBad() throws Exception {
        String elsewhere = fx.user(Role.SOCIAL_WORKER, fx.team(fx.service(), null));
        mvc.perform(get("/cin-episodes/" + episode.id()).with(user(fx.signedIn(elsewhere))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("2A: Schools"))));
        mvc.perform(get("/children/" + child.id() + "/child-in-need").with(user(fx.signedIn(elsewhere))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cin-episodes/" + episode.id() + "/visits/new").with(user(fx.signedIn(elsewhere)))
                        .with(csrf()).param("visitDay", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cin-episodes/" + UUID.randomUUID()).with(user(fx.signedIn(worker))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cin-episodes/" + episode.id() + "/needs/new").with(user(fx.signedIn(worker))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cin-episodes/not-an-id").with(user(fx.signedIn(worker)))).andExpect(status().isBadRequest());
    }

    @Test
    void recordingNeedsCaseWorkPermissionAndAuthorisingNeedsAManager() throws Exception {
        String frontDoorWorker = fx.user(Role.FRONT_DOOR_WORKER, null);
        mvc.perform(get("/cin-episodes/" + episode.id() + "/visits/new").with(user(fx.signedIn(frontDoorWorker))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cin-closures").with(user(fx.signedIn(worker)))).andExpect(status().isForbidden());
        mvc.perform(post("/cin-episodes/" + episode.id() + "/closure/authorise").with(user(fx.signedIn(worker)))
                        .with(csrf()).param("version", "0"))
                .andExpect(status().isForbidden());
    }

    @Test
    void badInputIsShownWithErrorsAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(post("/cin-episodes/" + episode.id() + "/visits/new").with(user(fx.signedIn(worker))).with(csrf())
                        .param("visitDateDay", "31").param("visitDateMonth", "2").param("visitDateYear", "2026")
                        .param("seen", "no").param("seenAlone", "yes").param("wishes", "Wants to stay with nan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter a real date")))
                .andExpect(content().string(containsString("cannot have been seen alone")))
                .andExpect(content().string(containsString("Wants to stay with nan")));
        assertThat(cin.visitsFor(episode.id())).isEmpty();

        LocalDate tomorrow = today.plusDays(1);
        mvc.perform(post("/cin-episodes/" + episode.id() + "/plan").with(user(fx.signedIn(worker))).with(csrf())
                        .param("startDateDay", String.valueOf(tomorrow.getDayOfMonth()))
                        .param("startDateMonth", String.valueOf(tomorrow.getMonthValue()))
                        .param("startDateYear", String.valueOf(tomorrow.getYear())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The date must be today or in the past")));
        assertThat(cin.currentPlan(episode.id())).isEmpty();

        mvc.perform(post("/cin-episodes/" + episode.id() + "/closure").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", String.valueOf(episode.version())).param("summary", "All done"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select a reason for closure")))
                .andExpect(content().string(containsString("Enter the risks considered")))
                .andExpect(content().string(containsString("All done")));
    }

    @Test
    void aReviewNeedsSomeoneInvitedTheChildsViewsAndADecision() throws Exception {
        journey.as(worker, () -> cin.startPlan(episode.id(), today));
        mvc.perform(post("/cin-episodes/" + episode.id() + "/reviews/new").with(user(fx.signedIn(worker))).with(csrf())
                        .param("reviewDateDay", String.valueOf(today.getDayOfMonth()))
                        .param("reviewDateMonth", String.valueOf(today.getMonthValue()))
                        .param("reviewDateYear", String.valueOf(today.getYear()))
                        .param("attendeeName1", "Ms Patel"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the name, agency or role, and whether they attended")))
                .andExpect(content().string(containsString("Enter the child&#39;s views")))
                .andExpect(content().string(containsString("Select what the review decided")))
                .andExpect(content().string(containsString("value=\"Ms Patel\"")));
        assertThat(cin.reviewsFor(episode.id())).isEmpty();
    }

    @Test
    void anAssessedEpisodeIsNotClosedWithoutItsPrimaryNeed() throws Exception {
        mvc.perform(post("/cin-episodes/" + episode.id() + "/closure").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", String.valueOf(episode.version())).param("reason", "RC7")
                        .param("summary", "Needs met").param("risks", "None outstanding"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Record the child&#39;s primary need before closing")))
                .andExpect(content().string(containsString("Needs met")));
        assertThat(cin.closuresFor(episode.id())).isEmpty();
        assertThat(cin.find(episode.id()).orElseThrow().status()).isEqualTo(EpisodeStatus.OPEN);

        EpisodeView withNeed = journey.as(worker, () -> cin.recordPrimaryNeed(episode.id(), episode.version(),
                PrimaryNeed.N1));
        mvc.perform(post("/cin-episodes/" + episode.id() + "/closure").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", String.valueOf(withNeed.version())).param("reason", "RC7")
                        .param("summary", "Needs met").param("risks", "None outstanding"))
                .andExpect(status().is3xxRedirection());
        assertThat(cin.find(episode.id()).orElseThrow().status()).isEqualTo(EpisodeStatus.CLOSURE_PROPOSED);
    }

    @Test
    void theProposerCannotAuthoriseTheClosureButAnotherManagerCan() throws Exception {
        EpisodeView withNeed = journey.as(worker, () -> cin.recordPrimaryNeed(episode.id(), episode.version(),
                PrimaryNeed.N1));
        mvc.perform(get("/cin-episodes/" + episode.id() + "/closure").with(user(fx.signedIn(manager))))
                .andExpect(status().isOk());
        mvc.perform(post("/cin-episodes/" + episode.id() + "/closure").with(user(fx.signedIn(manager))).with(csrf())
                        .param("version", String.valueOf(withNeed.version())).param("reason", "RC7")
                        .param("summary", "Needs met").param("risks", "None outstanding"))
                .andExpect(status().is3xxRedirection());
        ClosureView pending = cin.closuresFor(episode.id()).get(0);
        mvc.perform(get("/cin-closures").with(user(fx.signedIn(manager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(child.fullName())));
        mvc.perform(get("/cin-episodes/" + episode.id()).with(user(fx.signedIn(manager))))
                .andExpect(content().string(containsString("Another manager needs to authorise it")))
                .andExpect(content().string(not(containsString("Authorise closure"))));
        mvc.perform(post("/cin-episodes/" + episode.id() + "/closure/authorise").with(user(fx.signedIn(manager)))
                        .with(csrf()).param("version", String.valueOf(pending.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You proposed this closure, so another manager must authorise it")));
        assertThat(cin.find(episode.id()).orElseThrow().status()).isEqualTo(EpisodeStatus.CLOSURE_PROPOSED);

        String other = fx.user(Role.TEAM_MANAGER, team);
        mvc.perform(post("/cin-episodes/" + episode.id() + "/closure/return").with(user(fx.signedIn(other)))
                        .with(csrf()).param("version", String.valueOf(pending.version())).param("returnReason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter why you are returning the closure")));
        mvc.perform(post("/cin-episodes/" + episode.id() + "/closure/authorise").with(user(fx.signedIn(other)))
                        .with(csrf()).param("version", String.valueOf(pending.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(cin.find(episode.id()).orElseThrow().status()).isEqualTo(EpisodeStatus.CLOSED);
        mvc.perform(post("/cin-episodes/" + episode.id() + "/closure/authorise").with(user(fx.signedIn(other)))
                        .with(csrf()).param("version", String.valueOf(pending.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No closure is awaiting authorisation")));
    }
}
