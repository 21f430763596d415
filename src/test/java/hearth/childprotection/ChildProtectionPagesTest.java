package hearth.childprotection;

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
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@HearthTest
class ChildProtectionPagesTest {

    static final LocalDate DAY = LocalDate.parse("2031-03-03");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    ChildProtection cp;

    Fixtures fx;
    Journey journey;
    String worker;
    String manager;
    String chair;
    PersonSummary child;

    @BeforeEach
    void setUp() {
        clock.setDate(DAY);
        fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        manager = fx.user(Role.TEAM_MANAGER, team);
        chair = fx.user(Role.CONFERENCE_CHAIR_IRO, null);
        journey = new Journey(cp, fx.signedIn(worker), fx.signedIn(manager), fx.signedIn(chair));
        child = fx.child(fx.name("Ash"), "Pages", LocalDate.of(2018, 1, 1));
        fx.allocate(child.id(), team, worker);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aStrategyDiscussionWithMissingAnswersIsShownAgainWithErrorsAndWhatWasTyped() throws Exception {
        StrategyDiscussionView d = journey.need(child.id(), DAY);
        mvc.perform(post("/strategy-discussions/" + d.id() + "/held").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", String.valueOf(d.version())).param("heldOnDay", "31")
                        .param("heldOnMonth", "2").param("heldOnYear", "2031").param("heldTime", "9")
                        .param("informationShared", "School saw a bruise").param("action1", "Medical"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Select whether it was a discussion or a meeting")))
                .andExpect(content().string(containsString("Enter a real date it was held")))
                .andExpect(content().string(containsString("Enter the time it was held")))
                .andExpect(content().string(containsString("Enter who took part from at least one agency")))
                .andExpect(content().string(containsString("Enter who owns the action")))
                .andExpect(content().string(containsString("Select whether a section 47 enquiry is to start")))
                .andExpect(content().string(containsString("School saw a bruise")));
        assertThat(cp.strategyDiscussion(d.id()).orElseThrow().held()).isFalse();
    }

    @Test
    void theStrategyPageShowsTheDelayAndTheEnquiryItStarted() throws Exception {
        EnquiryView e = journey.holdWithEnquiry(journey.need(child.id(), DAY), DAY);
        mvc.perform(get("/strategy-discussions/" + e.strategyDiscussionId()).with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0 hours (0 working days)")))
                .andExpect(content().string(containsString("DC Shaw, Thames Valley Police")))
                .andExpect(content().string(containsString("Medical (owner: Health visitor)")))
                .andExpect(content().string(containsString("/section-47/" + e.id())));
    }

    @Test
    void onlyAManagerWhoDidNotRecordTheOutcomeAuthorisesAndOnlyAChairRecordsAConference() throws Exception {
        EnquiryView e = journey.holdWithEnquiry(journey.need(child.id(), DAY), DAY);
        mvc.perform(post("/section-47/" + e.id() + "/outcome").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", String.valueOf(e.version())).param("childSeen", "no")
                        .param("findings", "Injury explained").param("outcome", "CONFERENCE_NOT_NEEDED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the reason for the outcome")));
        mvc.perform(post("/section-47/" + e.id() + "/outcome").with(user(fx.signedIn(manager))).with(csrf())
                        .param("version", String.valueOf(e.version())).param("childSeen", "yes")
                        .param("seenAlone", "yes").param("seenOnDay", "3").param("seenOnMonth", "3")
                        .param("seenOnYear", "2031").param("findings", "Injury unexplained")
                        .param("outcome", "CONFERENCE_NEEDED"))
                .andExpect(status().is3xxRedirection());
        long version = cp.findEnquiry(e.id()).orElseThrow().version();
        mvc.perform(post("/section-47/" + e.id() + "/authorise").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", String.valueOf(version)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/section-47/" + e.id() + "/authorise").with(user(fx.signedIn(manager))).with(csrf())
                        .param("version", String.valueOf(version)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("cannot authorise an outcome they recorded")));
        mvc.perform(get("/section-47/" + e.id()).with(user(fx.signedIn(manager))))
                .andExpect(content().string(containsString("another manager needs to authorise it")));
        SignedIn.run(fx.signedIn(fx.user(Role.TEAM_MANAGER, null)), () -> cp.authoriseEnquiry(e.id(), version));

        mvc.perform(get("/section-47/" + e.id() + "/conference/new").with(user(fx.signedIn(worker))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/section-47/" + e.id() + "/conference/new").with(user(fx.signedIn(chair))).with(csrf())
                        .param("decision", "PLAN").param("childViews", "Wants to stay with dad"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a real date it was held")))
                .andExpect(content().string(containsString("Select whether the parents attended")))
                .andExpect(content().string(containsString("Select the category of abuse")))
                .andExpect(content().string(containsString("Wants to stay with dad")));
        mvc.perform(get("/cp-conferences").with(user(fx.signedIn(chair))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(child.fullName())))
                .andExpect(content().string(containsString("Initial child protection conference")));
        mvc.perform(get("/cp-conferences").with(user(fx.signedIn(worker)))).andExpect(status().isForbidden());
    }

    @Test
    void thePlanShowsOnTheRecordAndIsRefusedOutOfReachAndUnknownIdsAre404() throws Exception {
        PlanView plan = journey.toPlan(child.id(), DAY);
        mvc.perform(get("/children/" + child.id()).with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-tag--red\">Child protection plan")))
                .andExpect(content().string(containsString("/cp-plans/" + plan.id())));
        mvc.perform(get("/cp-plans/" + plan.id()).with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Physical abuse")))
                .andExpect(content().string(containsString("First core group")));
        mvc.perform(get("/children/" + child.id() + "/child-protection").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Plan from 3 Mar 2031")));
        String elsewhere = fx.user(Role.SOCIAL_WORKER, fx.team(fx.service(), null));
        mvc.perform(get("/cp-plans/" + plan.id()).with(user(fx.signedIn(elsewhere))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Physical abuse"))));
        mvc.perform(get("/children/" + child.id() + "/child-protection").with(user(fx.signedIn(elsewhere))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cp-plans/" + UUID.randomUUID()).with(user(fx.signedIn(worker))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/strategy-discussions/" + UUID.randomUUID()).with(user(fx.signedIn(worker))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/section-47/" + UUID.randomUUID()).with(user(fx.signedIn(worker))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cp-plans/not-an-id").with(user(fx.signedIn(worker)))).andExpect(status().isBadRequest());
    }

    @Test
    void aVisitAndACoreGroupWithBadInputKeepWhatWasTypedAndAnEndedPlanTakesNoMoreWork() throws Exception {
        PlanView plan = journey.toPlan(child.id(), DAY);
        SignedIn.run(journey.worker, () -> cp.addPlanAction(plan.id(), new NewAction("Parenting course", "Mother")));
        mvc.perform(post("/cp-plans/" + plan.id() + "/visits/new").with(user(fx.signedIn(worker))).with(csrf())
                        .param("visitedOnDay", "1").param("visitedOnMonth", "1").param("visitedOnYear", "2031")
                        .param("childSeen", "yes").param("notes", "Home tidy"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A visit under the plan cannot be before the plan started")))
                .andExpect(content().string(containsString("Select whether the child was seen alone")))
                .andExpect(content().string(containsString("Enter the child&#39;s wishes and feelings")))
                .andExpect(content().string(containsString("Home tidy")));
        mvc.perform(post("/cp-plans/" + plan.id() + "/core-groups/new").with(user(fx.signedIn(worker))).with(csrf())
                        .param("heldOnDay", "3").param("heldOnMonth", "3").param("heldOnYear", "2031")
                        .param("attHealth", "Health visitor"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select how far each action has got")))
                .andExpect(content().string(containsString("Enter what has happened on each action")));
        assertThat(cp.coreGroups(plan.id())).isEmpty();
        mvc.perform(post("/cp-plans/" + plan.id() + "/end").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cp-plans/" + plan.id() + "/end").with(user(fx.signedIn(manager))).with(csrf())
                        .param("version", String.valueOf(cp.findPlan(plan.id()).orElseThrow().version()))
                        .param("endOnDay", "3").param("endOnMonth", "3").param("endOnYear", "2031")
                        .param("endReason", "MOVED_TO_ANOTHER_AUTHORITY").param("continuesCin", "no"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cp-plans/" + plan.id() + "/visits/new").with(user(fx.signedIn(worker))))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("The plan has ended")));
    }

    @Test
    void disagreementsAndProtectionOrdersAreRecordedAndResolved() throws Exception {
        mvc.perform(post("/children/" + child.id() + "/disagreements/new").with(user(fx.signedIn(worker))).with(csrf())
                        .param("agencies", "Police and school"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter what the disagreement is about")))
                .andExpect(content().string(containsString("Police and school")));
        mvc.perform(post("/children/" + child.id() + "/disagreements/new").with(user(fx.signedIn(worker))).with(csrf())
                        .param("raisedOnDay", "3").param("raisedOnMonth", "3").param("raisedOnYear", "2031")
                        .param("agencies", "Police and school").param("about", "School sees higher risk")
                        .param("escalation", "To the team manager under the escalation policy"))
                .andExpect(status().is3xxRedirection());
        DisagreementView d = cp.disagreementsFor(child.id()).get(0);
        mvc.perform(post("/cp-disagreements/" + d.id() + "/resolve").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", String.valueOf(d.version())).param("resolvedOnDay", "3")
                        .param("resolvedOnMonth", "3").param("resolvedOnYear", "2031")
                        .param("resolution", "Agreed a strategy discussion"))
                .andExpect(status().is3xxRedirection());
        assertThat(cp.disagreement(d.id()).orElseThrow().resolved()).isTrue();

        mvc.perform(post("/children/" + child.id() + "/protection-orders/new").with(user(fx.signedIn(worker)))
                        .with(csrf()).param("orderKind", "POLICE_PROTECTION").param("startOnDay", "3")
                        .param("startOnMonth", "3").param("startOnYear", "2031").param("endOnDay", "2")
                        .param("endOnMonth", "3").param("endOnYear", "2031").param("details", "Found alone"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("It cannot end before it started")));
        mvc.perform(post("/children/" + child.id() + "/protection-orders/new").with(user(fx.signedIn(worker)))
                        .with(csrf()).param("orderKind", "POLICE_PROTECTION").param("startOnDay", "3")
                        .param("startOnMonth", "3").param("startOnYear", "2031").param("details", "Found alone"))
                .andExpect(status().is3xxRedirection());
        assertThat(cp.protectionOrdersFor(child.id())).singleElement()
                .satisfies(o -> assertThat(o.endDate()).isNull());
        mvc.perform(get("/children/" + child.id() + "/child-protection").with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("Police protection from 3 Mar 2031")))
                .andExpect(content().string(containsString("In force")));
    }
}
