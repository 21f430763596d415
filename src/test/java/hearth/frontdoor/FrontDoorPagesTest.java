package hearth.frontdoor;

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
import hearth.timescales.Obligations;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@HearthTest
class FrontDoorPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    FrontDoor frontDoor;
    @Autowired
    Obligations obligations;

    Fixtures fx;
    String worker;
    String manager;
    PersonSummary child;
    LocalDate today;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(MutableClock.LONDON);
        clock.setDate(today);
        fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        manager = fx.user(Role.TEAM_MANAGER, team);
        child = fx.child(fx.name("Riley"), "Frontdoor", LocalDate.of(2016, 4, 4));
        fx.allocate(child.id(), team, worker);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void badInputShowsErrorsAndKeepsInput() throws Exception {
        mvc.perform(post("/children/" + child.id() + "/contacts/new").with(user(fx.signedIn(worker))).with(csrf())
                        .param("receivedDay", "31").param("receivedMonth", "2").param("receivedYear", "2026")
                        .param("receivedTime", "25:99").param("source", "NOT_A_SOURCE")
                        .param("referrerName", "PC Dixon").param("concern", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter a real date the contact was received")))
                .andExpect(content().string(containsString("Enter the time the contact was received")))
                .andExpect(content().string(containsString("Select who made the contact")))
                .andExpect(content().string(containsString("Enter the concern")))
                .andExpect(content().string(containsString("Select a risk rating")))
                .andExpect(content().string(containsString("value=\"PC Dixon\"")))
                .andExpect(content().string(containsString("value=\"25:99\"")));
        assertThat(frontDoor.contactsFor(child.id())).isEmpty();
    }

    @Test
    void overridingConsentWithoutARationaleIsRefused() throws Exception {
        mvc.perform(contact(worker).param("consentSought", "yes").param("consent", "REFUSED")
                        .param("consentOverridden", "yes").param("consentRationale", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Explain why consent is being overridden")));
        assertThat(frontDoor.contactsFor(child.id())).isEmpty();
        mvc.perform(contact(worker).param("consentSought", "yes").param("consent", "REFUSED")
                        .param("consentOverridden", "yes").param("consentRationale", "Injury to a baby; parents are the alleged cause"))
                .andExpect(status().is3xxRedirection());
        assertThat(frontDoor.contactsFor(child.id())).singleElement()
                .satisfies(c -> assertThat(c.consentRationale()).startsWith("Injury to a baby"));
    }

    @Test
    void aContactOpensTheDecisionObligationForTheAllocatedWorker() throws Exception {
        mvc.perform(contact(worker).param("consentSought", "yes").param("consent", "GIVEN")
                        .param("consentOverridden", "no"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/my-work").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Decision on a contact")))
                .andExpect(content().string(containsString(child.lastName())));
        mvc.perform(get("/front-door").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(child.fullName())));
    }

    @Test
    void aManagersReferralDecisionMakesAReferralAndSatisfiesTheObligation() throws Exception {
        ContactView contact = record();
        assertThat(openRules()).contains(FrontDoor.CONTACT_DECISION_RULE);
        mvc.perform(get("/contacts/" + contact.id()).with(user(fx.signedIn(manager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Decide on the contact")));
        decide(contact, "REFERRAL");
        assertThat(openRules()).doesNotContain(FrontDoor.CONTACT_DECISION_RULE);
        List<ReferralView> referrals = frontDoor.referralsFor(child.id());
        assertThat(referrals).singleElement().satisfies(r -> {
            assertThat(r.date()).isEqualTo(today);
            assertThat(r.source()).isEqualTo(ReferralSource.S6);
            assertThat(r.reReferral()).isFalse();
        });
        mvc.perform(get("/contacts/" + contact.id()).with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Referral to children")))
                .andExpect(content().string(not(containsString("Decide on the contact"))));
    }

    @Test
    void aSecondReferralWithinTwelveMonthsIsAReReferralAndOneAfterThirteenIsNot() throws Exception {
        decide(record(), "REFERRAL");
        decide(record(), "STRATEGY_DISCUSSION");
        assertThat(frontDoor.referralsFor(child.id()).get(0).reReferral()).isTrue();
        assertThat(frontDoor.referralsFor(child.id()).get(0).previousDate()).isEqualTo(today);
        mvc.perform(get("/people/" + child.id()).with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("govuk-tag--red\">Re-referral")))
                .andExpect(content().string(containsString("Referrals in the last 12 months")));

        clock.setDate(today.plusMonths(13));
        decide(record(), "REFERRAL");
        ReferralView latest = frontDoor.referralsFor(child.id()).get(0);
        assertThat(latest.date()).isEqualTo(today.plusMonths(13));
        assertThat(latest.reReferral()).isFalse();
        mvc.perform(get("/people/" + child.id()).with(user(fx.signedIn(worker))))
                .andExpect(content().string(not(containsString("govuk-tag--red\">Re-referral"))));
    }

    @Test
    void aWorkerWithoutDecideContactCannotDecide() throws Exception {
        ContactView contact = record();
        mvc.perform(post("/contacts/" + contact.id() + "/decision").with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", String.valueOf(contact.version())).param("decision", "REFERRAL")
                        .param("decisionRationale", "Meets threshold"))
                .andExpect(status().isForbidden());
        assertThat(frontDoor.find(contact.id()).orElseThrow().awaitingDecision()).isTrue();
    }

    @Test
    void aDecisionWithoutRationaleSaysWhatIsMissing() throws Exception {
        ContactView contact = record();
        mvc.perform(post("/contacts/" + contact.id() + "/decision").with(user(fx.signedIn(manager))).with(csrf())
                        .param("version", String.valueOf(contact.version())).param("decision", "WIZARD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select a decision")))
                .andExpect(content().string(containsString("Enter the rationale for the decision")));
    }

    @Test
    void aContactRecordedInErrorIsVoidedWithAReasonAndItsClockStops() throws Exception {
        ContactView contact = record();
        mvc.perform(post("/contacts/" + contact.id() + "/void").with(user(fx.signedIn(manager))).with(csrf())
                        .param("voidReason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter why the contact is being voided")));
        mvc.perform(post("/contacts/" + contact.id() + "/void").with(user(fx.signedIn(manager))).with(csrf())
                        .param("voidReason", "Recorded against the wrong child"))
                .andExpect(status().is3xxRedirection());
        assertThat(frontDoor.find(contact.id())).isEmpty();
        assertThat(openRules()).doesNotContain(FrontDoor.CONTACT_DECISION_RULE);
        mvc.perform(get("/contacts/" + contact.id()).with(user(fx.signedIn(manager)))).andExpect(status().isNotFound());
    }

    @Test
    void theListAwaitingDecisionNamesOnlyChildrenTheUserMayOpen() throws Exception {
        record();
        String elsewhere = fx.user(Role.SOCIAL_WORKER, fx.team(fx.service(), null));
        mvc.perform(get("/front-door").with(user(fx.signedIn(elsewhere))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(child.fullName()))))
                .andExpect(content().string(containsString("A child whose record you cannot open")));
        mvc.perform(get("/front-door").with(user(fx.signedIn(fx.user(Role.FAMILY_WORKER, null)))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theFormAndTheRecordPanelShowAndAContactOutOfReachDoesNot() throws Exception {
        mvc.perform(get("/children/" + child.id() + "/contacts/new").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Record a contact")))
                .andExpect(content().string(containsString("id=\"consentRationale\"")))
                .andExpect(content().string(containsString("6: Police")));
        ContactView contact = record();
        mvc.perform(get("/children/" + child.id()).with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Front door")))
                .andExpect(content().string(containsString("Awaiting decision")))
                .andExpect(content().string(containsString("/contacts/" + contact.id())));
        String elsewhere = fx.user(Role.SOCIAL_WORKER, fx.team(fx.service(), null));
        mvc.perform(get("/contacts/" + contact.id()).with(user(fx.signedIn(elsewhere))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Found alone at the bus station"))));
        mvc.perform(get("/contacts/not-an-id").with(user(fx.signedIn(worker)))).andExpect(status().isBadRequest());
    }

    private List<String> openRules() {
        return obligations.openFor(List.of(child.id())).stream().map(o -> o.ruleId()).toList();
    }

    private ContactView record() throws Exception {
        mvc.perform(contact(worker).param("consentSought", "no").param("consent", "NOT_SOUGHT")
                        .param("consentOverridden", "no"))
                .andExpect(status().is3xxRedirection());
        return frontDoor.contactsFor(child.id()).stream().filter(ContactView::awaitingDecision).findFirst().orElseThrow();
    }

    private void decide(ContactView contact, String decision) throws Exception {
        mvc.perform(post("/contacts/" + contact.id() + "/decision").with(user(fx.signedIn(manager))).with(csrf())
                        .param("version", String.valueOf(contact.version())).param("decision", decision)
                        .param("decisionRationale", "Meets the threshold for statutory involvement"))
                .andExpect(status().is3xxRedirection());
        assertThat(frontDoor.find(contact.id()).orElseThrow().awaitingDecision()).isFalse();
        clock.advance(java.time.Duration.ofMinutes(5));
    }

    /** A complete contact but for consent, received at 09:00 on the clock's day. */
    private MockHttpServletRequestBuilder contact(String username) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), MutableClock.LONDON);
        return post("/children/" + child.id() + "/contacts/new").with(user(fx.signedIn(username))).with(csrf())
                .param("receivedDay", String.valueOf(day.getDayOfMonth()))
                .param("receivedMonth", String.valueOf(day.getMonthValue()))
                .param("receivedYear", String.valueOf(day.getYear())).param("receivedTime", "09:00")
                .param("source", "S6").param("referrerName", "PC Dixon, Thames Valley Police")
                .param("referrerContact", "01632 960001").param("concern", "Found alone at the bus station at night")
                .param("risk", "HIGH");
    }
}
