package hearth.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.casesummary.ChildVoice;
import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** What a child said at assessment visits, and whether they were seen alone, is part of the child's voice. */
@HearthTest
class AssessmentVoiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Assessments assessments;
    @Autowired
    ChildVoice voice;
    @Autowired
    Clock clock;

    @Test
    void visitsSeeingTheChildGiveTheirWordsAndWhetherTheyWereAlone() {
        Fixtures fx = new Fixtures(context);
        AssessmentJourney journey = new AssessmentJourney(context, fx);
        UUID team = fx.team(fx.service(), null);
        String worker = fx.user(Role.SOCIAL_WORKER, team);
        String manager = fx.user(Role.TEAM_MANAGER, team);
        PersonSummary child = fx.child(fx.name("Voice"), "Assessed", LocalDate.of(2012, 1, 9));
        LocalDate today = LocalDate.now(clock.withZone(MutableClock.LONDON));
        AssessmentView made = journey.referral(child.id(), manager);
        AssessmentView started = journey.as(worker, () -> assessments.start(made.id(), made.version(), today));
        journey.as(worker, () -> assessments.recordVisit(started.id(),
                new NewVisit(today, "Test worker", true, false, "I want my dad to stop shouting")));
        journey.as(worker, () -> assessments.recordVisit(started.id(),
                new NewVisit(today, "Test worker", false, false, null)));

        assertThat(voice.wordsOf(child.id())).singleElement().satisfies(w -> {
            assertThat(w.words()).isEqualTo("I want my dad to stop shouting");
            assertThat(w.seenAlone()).isFalse();
            assertThat(w.kind()).isEqualTo("casesummary.voice.kind.assessmentVisit");
            assertThat(w.link()).isEqualTo("/assessments/" + made.id());
        });
    }
}
