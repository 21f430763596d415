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

import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.people.RelationshipType;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
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

/** One contact about brothers and sisters, each with their own decision; and what partner agencies are asked. */
@HearthTest
class SiblingsAndPartnerInformationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    FrontDoor frontDoor;
    @Autowired
    PartnerInformation partners;
    @Autowired
    People people;

    Fixtures fx;
    String worker;
    String manager;
    PersonSummary older;
    PersonSummary younger;
    PersonSummary stranger;

    @BeforeEach
    void aFamilyOfTwoChildren() {
        clock.setDate(LocalDate.now(MutableClock.LONDON));
        fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        worker = fx.user(Role.FRONT_DOOR_WORKER, team);
        manager = fx.user(Role.TEAM_MANAGER, team);
        String family = fx.name("Sibling");
        older = fx.child("Jordan", family, LocalDate.of(2013, 1, 9));
        younger = fx.child("Casey", family, LocalDate.of(2018, 6, 2));
        stranger = fx.child("Alex", fx.name("Other"), LocalDate.of(2015, 3, 3));
        people.relate(older.id(), younger.id(), RelationshipType.SIBLING, true, false, LocalDate.of(2018, 6, 2));
        for (PersonSummary child : List.of(older, younger, stranger)) {
            fx.allocate(child.id(), team, null);
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theFormOffersTheChildsBrothersAndSistersOnly() throws Exception {
        mvc.perform(get("/children/" + older.id() + "/contacts/new").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Is the contact also about these children?")))
                .andExpect(content().string(containsString(younger.fullName())))
                .andExpect(content().string(not(containsString(stranger.fullName()))));
    }

    @Test
    void aContactAboutSiblingsGivesEachChildTheirOwnContactAndDecision() throws Exception {
        mvc.perform(contact(older).param("siblings", younger.id().toString()))
                .andExpect(status().is3xxRedirection());

        ContactView olderContact = frontDoor.contactsFor(older.id()).get(0);
        ContactView youngerContact = frontDoor.contactsFor(younger.id()).get(0);
        assertThat(olderContact.groupId()).isNotNull().isEqualTo(youngerContact.groupId());
        assertThat(youngerContact.concern()).isEqualTo(olderContact.concern());
        assertThat(frontDoor.recordedWith(olderContact.id())).extracting(ContactView::id)
                .containsExactly(youngerContact.id());

        mvc.perform(post("/contacts/" + olderContact.id() + "/decision").with(user(fx.signedIn(manager))).with(csrf())
                        .param("version", String.valueOf(olderContact.version())).param("decision", "REFERRAL")
                        .param("decisionRationale", "Both children present; the older one was hurt"))
                .andExpect(status().is3xxRedirection());

        assertThat(frontDoor.find(olderContact.id()).orElseThrow().decision()).isEqualTo(ThresholdDecision.REFERRAL);
        assertThat(frontDoor.find(youngerContact.id()).orElseThrow().awaitingDecision()).isTrue();
        mvc.perform(get("/contacts/" + youngerContact.id()).with(user(fx.signedIn(manager))))
                .andExpect(content().string(containsString("Recorded together with")))
                .andExpect(content().string(containsString("Family and address")))
                .andExpect(content().string(containsString(older.fullName())))
                .andExpect(content().string(containsString("Referral to children")));
    }

    @Test
    void aChildWhoIsNotABrotherOrSisterIsRefusedAndNothingIsLost() throws Exception {
        mvc.perform(contact(older).param("siblings", stranger.id().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose only children shown as this child")))
                .andExpect(content().string(containsString("Found alone at the bus station at night")));
        mvc.perform(contact(older).param("siblings", "not-an-id"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose only children shown as this child")));
        assertThat(frontDoor.contactsFor(older.id())).isEmpty();
        assertThat(frontDoor.contactsFor(stranger.id())).isEmpty();
    }

    @Test
    void partnerAgenciesAreAskedAndTheirAnswersKeptWithWhoGaveThem() throws Exception {
        mvc.perform(contact(older)).andExpect(status().is3xxRedirection());
        UUID contactId = frontDoor.contactsFor(older.id()).get(0).id();

        mvc.perform(post("/contacts/" + contactId + "/requests").with(user(fx.signedIn(worker))).with(csrf())
                        .param("agency", "HEALTH").param("requestedFrom", "").param("question", "Any A&E visits?"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter who was asked")))
                .andExpect(content().string(containsString("Any A&amp;E visits?")));
        mvc.perform(post("/contacts/" + contactId + "/requests").with(user(fx.signedIn(worker))).with(csrf())
                        .param("agency", "HEALTH").param("requestedFrom", "Safeguarding nurse, Royal Berkshire")
                        .param("question", "Any A&E visits in the last year?"))
                .andExpect(status().is3xxRedirection());
        InformationRequestView request = partners.forContact(contactId).get(0);
        assertThat(request.answered()).isFalse();
        assertThat(request.requestedBy()).isEqualTo(worker);

        String answerPath = "/contacts/" + contactId + "/requests/" + request.id() + "/response";
        mvc.perform(get(answerPath).with(user(fx.signedIn(worker)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Any A&amp;E visits in the last year?")));
        mvc.perform(post(answerPath).with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", String.valueOf(request.version())).param("response", "")
                        .param("respondedBy", "Nurse Patel"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter what the agency said")))
                .andExpect(content().string(containsString("Nurse Patel")));
        mvc.perform(post(answerPath).with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", String.valueOf(request.version()))
                        .param("response", "Two attendances with a head injury in March")
                        .param("respondedBy", "Nurse Patel"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(answerPath).with(user(fx.signedIn(worker))).with(csrf())
                        .param("version", String.valueOf(request.version()))
                        .param("response", "A second answer typed at the same time").param("respondedBy", "Someone"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else recorded a response to this request first")))
                .andExpect(content().string(containsString("A second answer typed at the same time")));

        InformationRequestView answered = partners.find(request.id());
        assertThat(answered.response()).isEqualTo("Two attendances with a head injury in March");
        assertThat(answered.respondedBy()).isEqualTo("Nurse Patel");
        assertThat(answered.responseRecordedBy()).isEqualTo(worker);
        mvc.perform(get("/contacts/" + contactId).with(user(fx.signedIn(manager))))
                .andExpect(content().string(containsString("Two attendances with a head injury in March")));
    }

    @Test
    void aRequestAboutAContactOfAnotherChildIsNotFound() throws Exception {
        mvc.perform(contact(older)).andExpect(status().is3xxRedirection());
        mvc.perform(contact(younger)).andExpect(status().is3xxRedirection());
        UUID olderContact = frontDoor.contactsFor(older.id()).get(0).id();
        UUID youngerContact = frontDoor.contactsFor(younger.id()).get(0).id();
        mvc.perform(post("/contacts/" + olderContact + "/requests").with(user(fx.signedIn(worker))).with(csrf())
                .param("agency", "POLICE").param("requestedFrom", "MASH police").param("question", "Any history?"));
        UUID request = partners.forContact(olderContact).get(0).id();
        mvc.perform(get("/contacts/" + youngerContact + "/requests/" + request + "/response")
                .with(user(fx.signedIn(worker)))).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder contact(PersonSummary child) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), MutableClock.LONDON);
        return post("/children/" + child.id() + "/contacts/new").with(user(fx.signedIn(worker))).with(csrf())
                .param("receivedDay", String.valueOf(day.getDayOfMonth()))
                .param("receivedMonth", String.valueOf(day.getMonthValue()))
                .param("receivedYear", String.valueOf(day.getYear())).param("receivedTime", "00:01")
                .param("source", "S3A").param("referrerName", "School nurse").param("referrerContact", "01632 960002")
                .param("concern", "Found alone at the bus station at night").param("consentSought", "yes")
                .param("consent", "GIVEN").param("consentOverridden", "no").param("risk", "MEDIUM");
    }
}
