package hearth.childprotection;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.casesummary.ChildVoice;
import hearth.casesummary.ChildWords;
import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** What a child said at child protection visits and conferences is part of the child's voice. */
@HearthTest
class ChildProtectionVoiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ChildProtection cp;
    @Autowired
    ChildVoice voice;
    @Autowired
    MutableClock clock;

    @Test
    void visitsAndConferencesGiveTheChildsWords() {
        Fixtures fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        String worker = fx.user(Role.SOCIAL_WORKER, team);
        Journey journey = new Journey(cp, fx.signedIn(worker), fx.signedIn(fx.user(Role.TEAM_MANAGER, team)),
                fx.signedIn(fx.user(Role.CONFERENCE_CHAIR_IRO, null)));
        PersonSummary child = fx.child(fx.name("Voice"), "Protect", LocalDate.of(2016, 5, 5));
        fx.allocate(child.id(), team, worker);
        // the journey's strategy discussion is at 9am: yesterday's is never in the future
        LocalDate today = LocalDate.now(clock.withZone(MutableClock.LONDON)).minusDays(1);
        PlanView plan = journey.toPlan(child.id(), today);
        SignedIn.run(journey.worker, () -> cp.recordVisit(plan.id(), new NewVisit(today, true, true,
                "Likes school, scared when dad shouts", null)));

        assertThat(voice.wordsOf(child.id())).extracting(ChildWords::kind, ChildWords::words, ChildWords::seenAlone)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("casesummary.voice.kind.cpVisit",
                                "Likes school, scared when dad shouts", true),
                        org.assertj.core.groups.Tuple.tuple("casesummary.voice.kind.cpConference",
                                "Wants to stay at home", null));
    }
}
