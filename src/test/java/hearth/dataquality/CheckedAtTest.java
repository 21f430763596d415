package hearth.dataquality;

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
import hearth.returns.ReturnRuns;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The page shows the last check and when it ran; it checks again when that is 15 minutes old, or when asked. */
@HearthTest
class CheckedAtTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    DataQuality quality;
    @Autowired
    MutableClock clock;

    Fixtures fx;
    UUID team;
    String worker;
    String officer;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(context);
        team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        officer = fx.user(Role.PERFORMANCE_OFFICER, null);
        clock.set(LocalDateTime.of(2026, 11, 2, 9, 15).atZone(MutableClock.LONDON).toInstant());
        quality.checkAndStore(ReturnRuns.Via.DATA_QUALITY, officer);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCheckIsReusedUntilItIsFifteenMinutesOld() {
        Instant first = clock.instant();
        PersonSummary child = BrokenRecords.childWithBadUpn(context, fx, team, worker);
        clock.advance(Duration.ofMinutes(14));
        DataQuality.Checked reused = quality.latest(Set.of(team), officer);
        assertThat(reused.at()).isEqualTo(first);
        assertThat(reused.findings()).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        DataQuality.Checked again = quality.latest(Set.of(team), officer);
        assertThat(again.at()).isEqualTo(first.plus(Duration.ofMinutes(15)));
        assertThat(again.findings()).anyMatch(f -> child.id().equals(f.childId()) && f.rule().equals("1530"));
        assertThat(quality.latest(Set.of(UUID.randomUUID()), officer).findings()).isEmpty();
    }

    @Test
    void thePageShowsWhenItCheckedAndCheckAgainNowFindsAChangeJustMade() throws Exception {
        PersonSummary child = BrokenRecords.childWithBadUpn(context, fx, team, worker);
        clock.advance(Duration.ofMinutes(5));
        mvc.perform(get("/data-quality").with(user(fx.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Checked at 09:15")))
                .andExpect(content().string(containsString("Check again now")))
                .andExpect(content().string(not(containsString(child.fullName()))));
        mvc.perform(post("/data-quality/check").with(user(fx.signedIn(worker))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/data-quality/check").with(user(fx.signedIn(officer))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/data-quality").with(user(fx.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Checked at 09:20")))
                .andExpect(content().string(containsString(child.fullName())));
    }
}
