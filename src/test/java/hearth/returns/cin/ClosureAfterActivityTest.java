package hearth.returns.cin;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.assessment.AssessmentFactor;
import hearth.assessment.AssessmentOutcome;
import hearth.childinneed.ChildrenInNeed;
import hearth.childinneed.ClosureReason;
import hearth.childinneed.EpisodeView;
import hearth.childinneed.PrimaryNeed;
import hearth.frontdoor.ReferralSource;
import hearth.frontdoor.ReferralView;
import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * RC8 and RC9 say a case closed straight after its assessment; once the episode went on to a child in need plan (or
 * an enquiry or protection plan) the product refuses them, on the page with a clear message (DfE rule 2990).
 */
@HearthTest
class ClosureAfterActivityTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    ChildrenInNeed cin;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anEpisodeWithAPlanCannotCloseAsNoFurtherActionAfterAssessment() throws Exception {
        Fixtures fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        String worker = fx.user(Role.SOCIAL_WORKER, team);
        String manager = fx.user(Role.TEAM_MANAGER, team);
        CensusJourneys journeys = new CensusJourneys(context, fx, worker, manager,
                fx.user(Role.CONFERENCE_CHAIR_IRO, null));
        LocalDate start = LocalDate.now(clock).minusMonths(3);
        clock.setDate(start);
        PersonSummary child = fx.child(fx.name("Rory"), "Closure", LocalDate.of(2016, 2, 3));
        fx.allocate(child.id(), team, worker);
        ReferralView referral = journeys.referral(child.id(), start, ReferralSource.S2A);
        journeys.assess(referral, start.plusDays(1), start.plusDays(20), start.plusDays(21),
                List.of(AssessmentFactor.F3B), AssessmentOutcome.CHILD_IN_NEED_PLAN);
        journeys.primaryNeed(child.id(), PrimaryNeed.N4);
        journeys.cinPlan(child.id(), start.plusDays(25));
        clock.reset();
        EpisodeView episode = cin.openEpisodeFor(child.id()).orElseThrow();

        mvc.perform(post("/cin-episodes/" + episode.id() + "/closure").with(user(fx.signedIn(worker))).with(csrf())
                        .param("reason", "RC8").param("summary", "Plan complete").param("risks", "None now")
                        .param("version", String.valueOf(episode.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("went on to a child in need plan")))
                .andExpect(content().string(containsString("Plan complete")));
        assertThatThrownBy(() -> journeys.close(child.id(), LocalDate.now(clock), ClosureReason.RC9))
                .matches(e -> e instanceof IllegalArgumentException || e.getCause() instanceof IllegalArgumentException,
                        "refused as a bad closure reason");
        journeys.close(child.id(), LocalDate.now(clock), ClosureReason.RC7);
    }
}
