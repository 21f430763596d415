package hearth.earlyhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.assessment.AssessmentAuthorised;
import hearth.assessment.AssessmentOutcome;
import hearth.childinneed.CaseClosed;
import hearth.childinneed.ClosureReason;
import hearth.frontdoor.Consent;
import hearth.frontdoor.ContactDecided;
import hearth.frontdoor.ContactView;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.ReferralSource;
import hearth.frontdoor.RiskRating;
import hearth.frontdoor.ThresholdDecision;
import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.timescales.ObligationState;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Early help through its published API: how episodes begin, the waiting list's check-ins on the clock, step-up. */
@HearthTest
class EarlyHelpJourneyTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    EarlyHelp earlyHelp;
    @Autowired
    FrontDoor frontDoor;
    @Autowired
    Obligations obligations;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MockMvc mvc;

    Fixtures fx;
    String worker;
    PersonSummary child;
    LocalDate today;

    @BeforeEach
    void setUp() {
        today = LocalDate.of(2026, 3, 2);
        clock.setDate(today);
        fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        worker = fx.user(Role.FAMILY_WORKER, team);
        child = fx.child(fx.name("Robin"), "Earlyhelp", LocalDate.of(2015, 6, 1));
        fx.allocate(child.id(), team, worker);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFrontDoorDecisionOfEarlyHelpOpensAnEpisodeWithTheContactAndItsRationale() {
        UUID contactId = UUID.randomUUID();
        publish(new ContactDecided(child.id(), contactId, ThresholdDecision.REFERRAL, "tm", Instant.now(clock)));
        assertThat(earlyHelp.episodesFor(child.id())).isEmpty();
        publish(new ContactDecided(child.id(), contactId, ThresholdDecision.EARLY_HELP, "tm", Instant.now(clock)));
        assertThat(earlyHelp.episodesFor(child.id())).singleElement().satisfies(e -> {
            assertThat(e.origin()).isEqualTo(Origin.FRONT_DOOR);
            assertThat(e.originId()).isEqualTo(contactId);
            assertThat(e.startedOn()).isEqualTo(today);
            assertThat(e.status()).isEqualTo(EpisodeStatus.OPEN);
            assertThat(e.reason()).startsWith("Front door decision: early help");
        });
        // a second decision while early help is active opens nothing new
        publish(new ContactDecided(child.id(), UUID.randomUUID(), ThresholdDecision.EARLY_HELP, "tm", Instant.now(clock)));
        assertThat(earlyHelp.episodesFor(child.id())).hasSize(1);
    }

    @Test
    void stepDownsFromAssessmentAndFromClosureKeepWhereTheyCameFrom() {
        UUID assessment = UUID.randomUUID();
        publish(new AssessmentAuthorised(child.id(), assessment, UUID.randomUUID(), today.minusDays(30),
                today.minusDays(2), AssessmentOutcome.CHILD_IN_NEED_PLAN, "tm.one"));
        assertThat(earlyHelp.episodesFor(child.id())).isEmpty();
        publish(new AssessmentAuthorised(child.id(), assessment, UUID.randomUUID(), today.minusDays(30),
                today.minusDays(2), AssessmentOutcome.STEP_DOWN_TO_EARLY_HELP, "tm.one"));
        EpisodeView first = earlyHelp.episodesFor(child.id()).get(0);
        assertThat(first.origin()).isEqualTo(Origin.STEP_DOWN_FROM_ASSESSMENT);
        assertThat(first.originId()).isEqualTo(assessment);
        assertThat(first.reason()).contains("28 Feb 2026").contains("tm.one");
        earlyHelp.close(first.id(), EarlyHelp.CURRENT, today, ClosureOutcome.NEEDS_MET, null);
        clock.advance(java.time.Duration.ofMinutes(5));

        UUID cin = UUID.randomUUID();
        publish(new CaseClosed(child.id(), cin, today, ClosureReason.RC7, false, "tm.two"));
        assertThat(earlyHelp.episodesFor(child.id())).hasSize(1);
        publish(new CaseClosed(child.id(), cin, today, ClosureReason.RC9, true, "tm.two"));
        EpisodeView second = earlyHelp.episodesFor(child.id()).get(0);
        assertThat(second.origin()).isEqualTo(Origin.STEP_DOWN_AT_CLOSURE);
        assertThat(second.originId()).isEqualTo(cin);
        assertThat(second.reason()).contains("RC9");
        assertThat(earlyHelp.episodesFor(child.id())).hasSize(2);
    }

    @Test
    void checkInsFallOverdueOnTheClockAndRecurFromTheActualCheckIn() throws Exception {
        EpisodeView episode = earlyHelp.open(child.id(), Origin.PARTNER_REQUEST, "School: attendance", today);
        earlyHelp.addToWaitingList(episode.id(), EarlyHelp.CURRENT, "Parenting programme", today, Priority.HIGH);
        assertThat(earlyHelp.find(episode.id()).orElseThrow().status()).isEqualTo(EpisodeStatus.WAITING);
        ObligationView first = checkIn();
        assertThat(first.responsible()).isEqualTo(worker);
        assertThat(first.dueDate()).isEqualTo(today.plusWeeks(6));

        clock.setDate(today.plusWeeks(7));
        assertThat(checkIn().state()).isEqualTo(ObligationState.OVERDUE);
        mvc.perform(get("/my-work").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Early help check-in")))
                .andExpect(content().string(containsString(child.lastName())));
        assertThat(earlyHelp.waitingList()).filteredOn(w -> w.episodeId().equals(episode.id())).singleElement()
                .satisfies(w -> {
                    assertThat(w.checkInOverdue()).isTrue();
                    assertThat(w.daysWaiting()).isEqualTo(49);
                });
        mvc.perform(get("/early-help/waiting-list").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(child.fullName())))
                .andExpect(content().string(containsString("govuk-tag--red\">Overdue")));

        LocalDate heldOn = today.plusWeeks(7).minusDays(2);
        earlyHelp.recordCheckIn(episode.id(), heldOn, "Fran Worker, Family help", "Mum coping; no new concerns");
        ObligationView next = checkIn();
        assertThat(next.id()).isNotEqualTo(first.id());
        assertThat(next.dueDate()).isEqualTo(heldOn.plusWeeks(6));
        assertThat(next.state()).isNotEqualTo(ObligationState.OVERDUE);
        assertThat(obligations.find(first.id()).orElseThrow().state()).isEqualTo(ObligationState.MET_LATE);
        assertThat(earlyHelp.waitingList()).filteredOn(w -> w.episodeId().equals(episode.id())).singleElement()
                .satisfies(w -> assertThat(w.checkInOverdue()).isFalse());

        earlyHelp.startService(episode.id(), EarlyHelp.CURRENT, today.plusWeeks(7));
        assertThat(openCheckIns()).isEmpty();
        assertThat(obligations.find(next.id()).orElseThrow().state()).isEqualTo(ObligationState.VOIDED);
        assertThat(earlyHelp.waitingList()).noneMatch(w -> w.episodeId().equals(episode.id()));
        assertThat(earlyHelp.waitingFor(episode.id()).get(0).leftBecause()).isEqualTo(LeftWaitingList.SERVICE_STARTED);
        assertThatThrownBy(() -> earlyHelp.recordCheckIn(episode.id(), today.plusWeeks(7), "Fran", "Late"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFamilyDecliningLeavesTheListAndItsCheckInsStop() {
        EpisodeView episode = earlyHelp.open(child.id(), Origin.PARTNER_REQUEST, "Health visitor: sleep", today);
        earlyHelp.addToWaitingList(episode.id(), EarlyHelp.CURRENT, "Family support", today, Priority.LOW);
        earlyHelp.close(episode.id(), EarlyHelp.CURRENT, today, ClosureOutcome.FAMILY_DECLINED, "Did not want help");
        assertThat(openCheckIns()).isEmpty();
        assertThat(earlyHelp.waitingFor(episode.id()).get(0).leftBecause()).isEqualTo(LeftWaitingList.DECLINED);
        assertThat(earlyHelp.find(episode.id()).orElseThrow().status()).isEqualTo(EpisodeStatus.CLOSED);
    }

    @Test
    void steppingUpRecordsAContactAtTheFrontDoorAndEndsTheEpisode() {
        EpisodeView episode = earlyHelp.open(child.id(), Origin.PARTNER_REQUEST, "School: attendance", today);
        earlyHelp.addToWaitingList(episode.id(), EarlyHelp.CURRENT, "Parenting programme", today, Priority.MEDIUM);
        earlyHelp.setLeadProfessional(episode.id(), EarlyHelp.CURRENT,
                LeadProfessional.partner("Jo Patel", "Reading Girls' School", "DSL", "0118 496 0000"), today);
        UUID contactId = earlyHelp.stepUp(episode.id(), EarlyHelp.CURRENT, "Child disclosed being hit at home",
                Consent.NOT_SOUGHT, RiskRating.HIGH);
        ContactView contact = frontDoor.find(contactId).orElseThrow();
        assertThat(contact.childId()).isEqualTo(child.id());
        assertThat(contact.source()).isEqualTo(ReferralSource.S5D);
        assertThat(contact.concern()).isEqualTo("Child disclosed being hit at home");
        assertThat(contact.referrerContact()).isEqualTo("0118 496 0000");
        EpisodeView after = earlyHelp.find(episode.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(EpisodeStatus.STEPPED_UP);
        assertThat(after.stepUpContactId()).isEqualTo(contactId);
        assertThat(after.stepUpReason()).isEqualTo("Child disclosed being hit at home");
        assertThat(openCheckIns()).isEmpty();
        assertThat(obligations.openFor(List.of(child.id()))).extracting(ObligationView::ruleId)
                .contains(FrontDoor.CONTACT_DECISION_RULE);
        assertThatThrownBy(() -> earlyHelp.close(episode.id(), EarlyHelp.CURRENT, today, ClosureOutcome.OTHER, null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void staleVersionsAndFutureDatesAreRefused() {
        EpisodeView episode = earlyHelp.open(child.id(), Origin.PARTNER_REQUEST, "School: attendance", today);
        earlyHelp.setLeadProfessional(episode.id(), episode.version(),
                LeadProfessional.partner("Jo Patel", "School", "DSL", "0118 496 0000"), today);
        assertThatThrownBy(() -> earlyHelp.setLeadProfessional(episode.id(), episode.version(),
                LeadProfessional.partner("Someone Else", "School", "Head", "0118 496 0001"), today))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> earlyHelp.open(child.id(), Origin.PARTNER_REQUEST, "Again", today))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> earlyHelp.addToWaitingList(episode.id(), EarlyHelp.CURRENT, "Parenting",
                today.plusDays(1), Priority.LOW)).isInstanceOf(IllegalArgumentException.class);
    }

    private ObligationView checkIn() {
        return openCheckIns().get(0);
    }

    private List<ObligationView> openCheckIns() {
        return obligations.openFor(List.of(child.id())).stream()
                .filter(o -> o.ruleId().equals(EarlyHelp.CHECK_IN_RULE)).toList();
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }
}
