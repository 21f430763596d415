package hearth.missing;

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The missing pages: record badge and panel, the child's chronology of episodes, access, bad input kept. */
@HearthTest
class MissingPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    MissingEpisodes missing;

    Fixtures fx;
    MissingJourney journey;
    String worker;
    PersonSummary child;
    Instant now;

    @BeforeEach
    void setUp() {
        now = LocalDate.now(MutableClock.LONDON).atTime(12, 0).atZone(MutableClock.LONDON).toInstant();
        clock.set(now);
        fx = new Fixtures(context);
        journey = new MissingJourney(context, fx);
        UUID team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        child = fx.child(fx.name("Kai"), "Pages", LocalDate.of(2010, 1, 9));
        fx.allocate(child.id(), team, worker);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theRecordShowsMissingNowAndTheChildsPageTotalsTheEpisodes() throws Exception {
        MissingEpisodeView earlier = journey.report(worker, child.id(), now.minus(Duration.ofDays(10)));
        journey.returned(worker, earlier, now.minus(Duration.ofDays(10)).plus(Duration.ofHours(6)));
        MissingEpisodeView current = journey.report(worker, child.id(), now.minus(Duration.ofHours(3)));
        mvc.perform(get("/children/" + child.id()).with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-tag--red\">Missing now")))
                .andExpect(content().string(containsString("/missing-episodes/" + current.id() + "/return")));
        mvc.perform(get("/children/" + child.id() + "/missing").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 (2 missing, 0 away)")))
                .andExpect(content().string(containsString("9 hours 0 minutes")))
                .andExpect(content().string(containsString("/missing-episodes/" + earlier.id())));
        mvc.perform(get("/missing-episodes/" + earlier.id()).with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A friend&#39;s flat in town")))
                .andExpect(content().string(containsString("Offer a return interview")))
                .andExpect(content().string(not(containsString("CAD 9999"))));
        MissingEpisodeView seen = missing.find(earlier.id()).orElseThrow();
        journey.as(worker, () -> missing.correct(seen.id(), seen.version(), new MissingCorrection(MissingKind.AWAY,
                seen.startedAt(), seen.circumstances(), true, "CAD 9999", seen.endedAt(), seen.whereFound(),
                seen.returnNotes(), "Police gave the wrong reference")));
        mvc.perform(get("/missing-episodes/" + earlier.id()).with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Changes to this episode")))
                .andExpect(content().string(containsString("policeReference: CAD 1234 changed to CAD 9999")))
                .andExpect(content().string(containsString("Away without permission (absent) from home")));
    }

    @Test
    void theCoordinatorListNeedsThePermissionAndRecordsOutOfReachAreRefused() throws Exception {
        journey.report(worker, child.id(), now.minus(Duration.ofHours(1)));
        mvc.perform(get("/missing").with(user(fx.signedIn(worker)))).andExpect(status().isForbidden());
        String frontDoor = fx.user(Role.FRONT_DOOR_WORKER, null);
        mvc.perform(get("/missing").with(user(fx.signedIn(frontDoor))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(child.fullName())));
        String elsewhere = fx.user(Role.SOCIAL_WORKER, fx.team(fx.service(), null));
        mvc.perform(get("/children/" + child.id() + "/missing").with(user(fx.signedIn(elsewhere))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/missing-episodes/" + UUID.randomUUID()).with(user(fx.signedIn(worker))))
                .andExpect(status().isNotFound());
        String inspector = fx.user(Role.INSPECTOR, null);
        mvc.perform(get("/children/" + child.id() + "/missing/new").with(user(fx.signedIn(inspector))))
                .andExpect(status().isForbidden());
    }

    @Test
    void badInputIsShownWithErrorsAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(post("/children/" + child.id() + "/missing/new").with(user(fx.signedIn(worker))).with(csrf())
                        .param("kind", "MISSING").param("startedAtDay", "31").param("startedAtMonth", "2")
                        .param("startedAtYear", "2026").param("startedAtTime", "25:00")
                        .param("circumstances", "Left the house after an argument"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter a real date")))
                .andExpect(content().string(containsString("Select whether it has been reported to the police")))
                .andExpect(content().string(containsString("Left the house after an argument")));
        assertThat(missing.forChild(child.id())).isEmpty();

        MissingEpisodeView episode = journey.report(worker, child.id(), now.minus(Duration.ofHours(3)));
        LocalDate day = LocalDate.ofInstant(now, MutableClock.LONDON);
        mvc.perform(post("/missing-episodes/" + episode.id() + "/return").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", String.valueOf(episode.version()))
                        .param("endedAtDay", String.valueOf(day.getDayOfMonth()))
                        .param("endedAtMonth", String.valueOf(day.getMonthValue()))
                        .param("endedAtYear", String.valueOf(day.getYear())).param("endedAtTime", "08:00")
                        .param("whereFound", "Bus station"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The return must be after the child went missing")))
                .andExpect(content().string(containsString("Bus station")))
                .andExpect(content().string(not(containsString("Whitelabel"))));
        assertThat(missing.find(episode.id()).orElseThrow().missingNow()).isTrue();
    }
}
