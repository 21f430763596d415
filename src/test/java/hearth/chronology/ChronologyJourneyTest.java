package hearth.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.assessment.AssessmentFactor;
import hearth.assessment.AssessmentOutcome;
import hearth.assessment.AssessmentView;
import hearth.assessment.Assessments;
import hearth.assessment.NewVisit;
import hearth.childinneed.ChildrenInNeed;
import hearth.childinneed.ClosureProposal;
import hearth.childinneed.ClosureReason;
import hearth.childinneed.ClosureView;
import hearth.childinneed.EpisodeView;
import hearth.frontdoor.ContactView;
import hearth.frontdoor.ReferralView;
import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.workforce.Workforce;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A child's journey across the contexts makes a complete chronology with no one entering anything by hand. */
@HearthTest
class ChronologyJourneyTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    Chronology chronology;
    @Autowired
    Assessments assessments;
    @Autowired
    ChildrenInNeed cin;
    @Autowired
    Workforce workforce;

    Fixtures fx;
    ChronologyJourney journey;
    String worker;
    String manager;
    UUID team;
    PersonSummary child;
    LocalDate day0;

    @BeforeEach
    void setUp() {
        day0 = LocalDate.now(MutableClock.LONDON).minusDays(30);
        clock.setDate(day0);
        fx = new Fixtures(context);
        journey = new ChronologyJourney(context, fx);
        team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        manager = fx.user(Role.TEAM_MANAGER, team);
        child = fx.child(fx.name("Morgan"), fx.name("Chrono"), LocalDate.of(2014, 5, 6));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void contactDecisionReferralAssessmentAndClosureAreAllOnTheChronologyOnTheDaysTheyHappened() {
        workforce.allocate(child.id(), team, worker, day0.minusDays(5), "New to the team");
        ContactView contact = journey.contact(manager, child.id(),
                day0.minusDays(2).atTime(LocalTime.of(9, 30)).atZone(MutableClock.LONDON).toInstant(), List.of()).get(0);
        ReferralView referral = journey.referral(manager, contact.id());

        AssessmentView a = assessments.forReferral(referral.id()).orElseThrow();
        AssessmentView started = journey.as(worker, () -> assessments.start(a.id(), a.version(), day0));
        clock.setDate(day0.plusDays(1));
        journey.as(worker, () -> assessments.recordVisit(started.id(),
                new NewVisit(day0.plusDays(1), "Test worker", true, true, "I like school")));
        clock.setDate(day0.plusDays(3));
        AssessmentView seen = assessments.find(a.id()).orElseThrow();
        AssessmentView visited = journey.as(worker, () -> assessments.recordFactors(seen.id(), seen.version(),
                List.of(AssessmentFactor.F3B)));
        AssessmentView submitted = journey.as(worker, () -> assessments.submit(visited.id(), visited.version(),
                AssessmentOutcome.NO_FURTHER_ACTION, "Explained by a fall; school satisfied", day0.plusDays(3), null));
        journey.as(manager, () -> assessments.authorise(submitted.id(), submitted.version()));

        clock.setDate(day0.plusDays(4));
        EpisodeView assessed = cin.openEpisodeFor(child.id()).orElseThrow();
        EpisodeView episode = journey.as(worker, () -> cin.recordPrimaryNeed(assessed.id(), assessed.version(),
                hearth.childinneed.PrimaryNeed.N9));
        ClosureView proposed = journey.as(worker, () -> cin.proposeClosure(episode.id(), episode.version(),
                new ClosureProposal(ClosureReason.RC8, "No further action", "Low risk")));
        journey.as(manager, () -> cin.authoriseClosure(proposed.id(), proposed.version(), false));

        List<EntryView> entries = chronology.entriesFor(child.id(), ChronologyFilter.ALL);
        assertThat(entries).extracting(EntryView::occurredOn).containsExactly(day0.minusDays(5), day0.minusDays(2),
                day0, day0, day0, day0.plusDays(1), day0.plusDays(3), day0.plusDays(3), day0.plusDays(4));
        assertThat(entries).extracting(EntryView::category).containsExactly(EntryCategory.ALLOCATION,
                EntryCategory.FRONT_DOOR, EntryCategory.FRONT_DOOR, EntryCategory.FRONT_DOOR,
                EntryCategory.ASSESSMENT, EntryCategory.ASSESSMENT, EntryCategory.ASSESSMENT, EntryCategory.ASSESSMENT,
                EntryCategory.CHILD_IN_NEED);
        assertThat(entries).extracting(EntryView::summary).satisfiesExactly(
                s -> assertThat(s).startsWith("Allocated to Test SOCIAL_WORKER in Team"),
                s -> assertThat(s).isEqualTo("Contact received from school (risk: medium). Concern: "
                        + ChronologyJourney.CONCERN),
                s -> assertThat(s).isEqualTo("Manager's decision on the contact: referral to children's social care"),
                s -> assertThat(s).isEqualTo("Referral to children's social care (from school)"),
                s -> assertThat(s).isEqualTo("Child and family assessment started"),
                s -> assertThat(s).isEqualTo("Assessment visit: the child was seen, and seen alone"),
                s -> assertThat(s).contains("submitted for authorisation; recommended outcome: no further action"),
                s -> assertThat(s).isEqualTo("Assessment authorised; outcome: no further action"),
                s -> assertThat(s).isEqualTo("Child in need case closed: closed after assessment, no further action"));
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.origin()).isEqualTo(EntryOrigin.AUTOMATIC);
            assertThat(e.link()).startsWith("/");
        });
        assertThat(entries.get(1).link()).isEqualTo("/contacts/" + contact.id());
        assertThat(entries.get(3).link()).isEqualTo("/contacts/" + contact.id());
        assertThat(entries.get(7).link()).isEqualTo("/assessments/" + a.id());
        assertThat(entries.get(8).link()).isEqualTo("/cin-episodes/" + episode.id());
        assertThat(entries.stream().filter(EntryView::significant).map(EntryView::category))
                .containsExactly(EntryCategory.FRONT_DOOR, EntryCategory.FRONT_DOOR, EntryCategory.ASSESSMENT,
                        EntryCategory.CHILD_IN_NEED);
    }

    @Test
    void aContactAboutSiblingsRecordedTogetherIsOnEachChildsChronologyAsOneSharedEvent() {
        PersonSummary sister = fx.child(fx.name("Sky"), child.lastName(), LocalDate.of(2016, 2, 2));
        List<ContactView> contacts = journey.contact(manager, child.id(),
                day0.atTime(LocalTime.of(8, 0)).atZone(MutableClock.LONDON).toInstant(), List.of(sister.id()));
        assertThat(contacts).hasSize(2);

        EntryView mine = chronology.entriesFor(child.id(), ChronologyFilter.ALL).get(0);
        EntryView hers = chronology.entriesFor(sister.id(), ChronologyFilter.ALL).get(0);
        assertThat(mine.groupId()).isNotNull().isEqualTo(hers.groupId());
        assertThat(chronology.sharedWith(mine.id())).extracting(EntryView::childId).containsExactly(sister.id());
        assertThat(hers.summary()).isEqualTo(mine.summary());
    }

    @Test
    void anEventIsEnteredOnTheDateItHappenedNotWhenItWasRecorded() {
        journey.contact(manager, child.id(), day0.minusDays(10).atTime(LocalTime.of(23, 30))
                .atZone(MutableClock.LONDON).toInstant(), List.of());
        EntryView entry = chronology.entriesFor(child.id(), ChronologyFilter.ALL).get(0);
        assertThat(entry.occurredOn()).isEqualTo(day0.minusDays(10));
        assertThat(LocalDate.ofInstant(entry.recordedAt(), MutableClock.LONDON)).isEqualTo(day0);
    }
}
