package hearth.casesummary;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.childrenincare.CareReviewHeld;
import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Who may see and change a case summary and a letter, and what a stale or bad request gets. */
@HearthTest
class CaseSummaryPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ChildLetters letters;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    Fixtures fx;
    String worker;
    PersonSummary child;
    UUID letter;

    @BeforeEach
    void aChildWithADraftLetter() {
        fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        child = fx.child("Alex", fx.name("Pages"), LocalDate.of(2012, 8, 8));
        fx.allocate(child.id(), team, worker);
        transactions.executeWithoutResult(s -> events.publishEvent(new CareReviewHeld(child.id(), UUID.randomUUID(),
                UUID.randomUUID(), LocalDate.of(2026, 1, 5), null, "PN1", "Secret words", "Discussed", "Decided")));
        letter = letters.lettersTo(child.id()).get(0).id();
    }

    @Test
    void aChildOutOfReachIsRefusedAndUnknownIdsAreNotFound() throws Exception {
        String elsewhere = fx.user(Role.SOCIAL_WORKER, fx.team(fx.service(), null));
        mvc.perform(get("/children/" + child.id() + "/case-summary").with(user(fx.signedIn(elsewhere))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/children/" + child.id() + "/voice").with(user(fx.signedIn(elsewhere))))
                .andExpect(status().isForbidden()).andExpect(content().string(not(containsString("Secret words"))));
        mvc.perform(get("/letters/" + letter).with(user(fx.signedIn(elsewhere))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/children/" + UUID.randomUUID() + "/case-summary").with(user(fx.signedIn(worker))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/children/" + child.id() + "/case-summary/sections/NOT_A_SECTION")
                .with(user(fx.signedIn(worker)))).andExpect(status().isNotFound());
        mvc.perform(get("/letters/" + UUID.randomUUID()).with(user(fx.signedIn(worker))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/letters/" + letter + "/pdf").with(user(fx.signedIn(worker))))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAnIroEditsALetterAndAStaleSectionEditIsAConflict() throws Exception {
        mvc.perform(post("/letters/" + letter).with(user(fx.signedIn(worker))).with(csrf())
                .param("body", "Changed by a social worker").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/children/" + child.id() + "/case-summary/sections/WHY_INVOLVED")
                .with(user(fx.signedIn(worker))).with(csrf()).param("text", "First").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/children/" + child.id() + "/case-summary/sections/WHY_INVOLVED")
                .with(user(fx.signedIn(worker))).with(csrf()).param("text", "Over a stale version")
                .param("version", "0"))
                .andExpect(status().isConflict());
        mvc.perform(post("/children/" + child.id() + "/case-summary/sections/WHY_INVOLVED")
                .with(user(fx.signedIn(worker))).with(csrf()).param("text", " ").param("version", "1"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter the summary")));
        mvc.perform(get("/children/" + child.id() + "/case-summary").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("First")))
                .andExpect(content().string(containsString("never been reviewed")));
    }
}
