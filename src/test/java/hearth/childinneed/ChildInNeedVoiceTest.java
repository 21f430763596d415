package hearth.childinneed;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.casesummary.ChildVoice;
import hearth.casesummary.ChildWords;
import hearth.frontdoor.ReferralSource;
import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** What a child said at child in need visits, and whether they were seen alone, is part of the child's voice. */
@HearthTest
class ChildInNeedVoiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ChildrenInNeed cin;
    @Autowired
    ChildVoice voice;

    @Test
    void visitsWhereTheChildWasSeenGiveTheirWordsAndWhetherTheyWereAlone() {
        Fixtures fx = new Fixtures(context);
        CinJourney journey = new CinJourney(context, fx);
        UUID team = fx.team(fx.service(), null);
        String worker = fx.user(Role.SOCIAL_WORKER, team);
        String manager = fx.user(Role.TEAM_MANAGER, team);
        PersonSummary child = fx.child(fx.name("Voice"), "Inneed", LocalDate.of(2014, 3, 3));
        fx.allocate(child.id(), team, worker);
        journey.referral(child.id(), manager, ReferralSource.S2A);
        UUID episode = cin.openEpisodeFor(child.id()).orElseThrow().id();
        LocalDate today = cin.openEpisodeFor(child.id()).orElseThrow().referralDate();
        journey.as(worker, () -> cin.recordVisit(episode, new NewVisit(today, true, true, "I feel safe at nan's.")));
        journey.as(worker, () -> cin.recordVisit(episode, new NewVisit(today, false, false, "Nobody home")));

        assertThat(voice.wordsOf(child.id())).singleElement().satisfies(w -> {
            assertThat(w.words()).isEqualTo("I feel safe at nan's.");
            assertThat(w.seenAlone()).isTrue();
            assertThat(w.kind()).isEqualTo("casesummary.voice.kind.cinVisit");
            assertThat(w.date()).isEqualTo(today);
            assertThat(w.link()).isEqualTo("/cin-episodes/" + episode);
        });
        assertThat(voice.wordsOf(child.id())).extracting(ChildWords::words).doesNotContain("Nobody home");
    }
}
