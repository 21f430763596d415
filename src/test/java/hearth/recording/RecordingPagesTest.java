package hearth.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.security.Role;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@HearthTest
class RecordingPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    CaseNotes notes;
    @Autowired
    MutableClock clock;

    RecordingSetup s;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 3, 10, 16, 0).atZone(MutableClock.LONDON).toInstant());
        s = new RecordingSetup(context);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aNoteIsWrittenWithTheTimeOfTheEventAndFinalised() throws Exception {
        String location = mvc.perform(post("/children/" + s.child.id() + "/case-notes/new")
                        .with(user(s.fx.signedIn(s.worker))).with(csrf())
                        .param("noteType", "TELEPHONE_CALL").param("occurredDay", "9").param("occurredMonth", "3")
                        .param("occurredYear", "2026").param("occurredTime", "9:15").param("significant", "yes")
                        .param("body", "Mum rang about the school move.").param("alert", s.manager)
                        .param("action", "finalise"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/case-notes/*"))
                .andReturn().getResponse().getRedirectedUrl();
        NoteView note = notes.find(java.util.UUID.fromString(location.substring("/case-notes/".length())))
                .orElseThrow();
        assertThat(note.isFinal()).isTrue();
        assertThat(note.significant()).isTrue();
        assertThat(note.alertUsers()).containsExactly(s.manager);
        assertThat(note.occurredAt()).isEqualTo(LocalDateTime.of(2026, 3, 9, 9, 15)
                .atZone(MutableClock.LONDON).toInstant());
        mvc.perform(get(location).with(user(s.fx.signedIn(s.manager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mum rang about the school move.")))
                .andExpect(content().string(containsString("Add an addendum")));
    }

    @Test
    void badInputIsShownWithErrorsAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(post("/children/" + s.child.id() + "/case-notes/new").with(user(s.fx.signedIn(s.worker)))
                        .with(csrf()).param("noteType", "").param("occurredDay", "31").param("occurredMonth", "2")
                        .param("occurredYear", "2026").param("occurredTime", "25:00")
                        .param("body", "Words I must not lose").param("action", "finalise"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the type of note")))
                .andExpect(content().string(containsString("Enter a real date")))
                .andExpect(content().string(containsString("Enter a real time")))
                .andExpect(content().string(containsString("Words I must not lose")));
        mvc.perform(post("/children/" + s.child.id() + "/case-notes/new").with(user(s.fx.signedIn(s.worker)))
                        .with(csrf()).param("noteType", "EMAIL").param("occurredDay", "10").param("occurredMonth", "3")
                        .param("occurredYear", "2026").param("occurredTime", "17:00")
                        .param("body", "From the future").param("action", "draft"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The time must be now or in the past")));
    }

    @Test
    void aChangedPostToAFinalisedNoteIsRefusedWithAClearMessage() throws Exception {
        NoteView fin = s.as(s.worker, () -> notes.record(new NewNote(s.child.id(), NoteType.HOME_VISIT,
                clock.instant().minusSeconds(3600), false, "What really happened.", List.of())));
        mvc.perform(post("/case-notes/" + fin.id()).with(user(s.fx.signedIn(s.worker))).with(csrf())
                        .param("version", String.valueOf(fin.version())).param("noteType", "HOME_VISIT")
                        .param("occurredDay", "10").param("occurredMonth", "3").param("occurredYear", "2026")
                        .param("occurredTime", "10:00").param("body", "A rewritten account.")
                        .param("action", "finalise"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString(
                        "This case note has been finalised and cannot be changed. Add an addendum to it instead.")));
        assertThat(notes.find(fin.id()).orElseThrow().body()).isEqualTo("What really happened.");
    }

    @Test
    void anAddendumNeedsAReasonAndIsShownWithWhoAddedIt() throws Exception {
        NoteView fin = s.as(s.worker, () -> notes.record(new NewNote(s.child.id(), NoteType.MEETING,
                clock.instant().minusSeconds(3600), false, "Core group met.", List.of())));
        mvc.perform(post("/case-notes/" + fin.id() + "/addenda").with(user(s.fx.signedIn(s.worker))).with(csrf())
                        .param("addendumReason", "").param("addendumBody", "Dad attended late."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter why you are adding to this note")))
                .andExpect(content().string(containsString("Dad attended late.")));
        mvc.perform(post("/case-notes/" + fin.id() + "/addenda").with(user(s.fx.signedIn(s.worker))).with(csrf())
                        .param("addendumReason", "Missed out").param("addendumBody", "Dad attended late."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/case-notes/" + fin.id()).with(user(s.fx.signedIn(s.worker))))
                .andExpect(content().string(containsString("Added by " + s.worker)))
                .andExpect(content().string(containsString("Dad attended late.")));
    }

    @Test
    void voidingAFinalNoteNeedsTheVoidPermissionAndAReason() throws Exception {
        NoteView fin = s.as(s.worker, () -> notes.record(new NewNote(s.child.id(), NoteType.EMAIL,
                clock.instant().minusSeconds(3600), false, "Wrong child.", List.of())));
        mvc.perform(post("/case-notes/" + fin.id() + "/void").with(user(s.fx.signedIn(s.worker))).with(csrf())
                        .param("version", "1").param("voidReason", "Mine to void?"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/case-notes/" + fin.id() + "/void").with(user(s.fx.signedIn(s.manager))).with(csrf())
                        .param("version", String.valueOf(fin.version())).param("voidReason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter why this is being voided")));
        mvc.perform(post("/case-notes/" + fin.id() + "/void").with(user(s.fx.signedIn(s.manager))).with(csrf())
                        .param("version", String.valueOf(fin.version())).param("voidReason", "Wrong child"))
                .andExpect(status().is3xxRedirection());
        assertThat(notes.find(fin.id()).orElseThrow().voided()).isTrue();
    }

    @Test
    void readingNeedsTheRecordAndWritingNeedsCaseWorkPermission() throws Exception {
        String elsewhere = s.fx.user(Role.SOCIAL_WORKER, s.fx.team(s.fx.service(), null));
        NoteView fin = s.as(s.worker, () -> notes.record(new NewNote(s.child.id(), NoteType.EMAIL,
                clock.instant().minusSeconds(3600), false, "Secret words here.", List.of())));
        mvc.perform(get("/case-notes/" + fin.id()).with(user(s.fx.signedIn(elsewhere))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Secret words here."))));
        mvc.perform(get("/children/" + s.child.id() + "/case-notes").with(user(s.fx.signedIn(elsewhere))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/children/" + s.child.id() + "/record-search").param("q", "secret")
                .with(user(s.fx.signedIn(elsewhere)))).andExpect(status().isForbidden());
        String frontDoor = s.fx.user(Role.FRONT_DOOR_WORKER, null);
        mvc.perform(get("/children/" + s.child.id() + "/case-notes/new").with(user(s.fx.signedIn(frontDoor))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/case-notes/" + java.util.UUID.randomUUID()).with(user(s.fx.signedIn(s.worker))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/children/" + s.child.id()).with(user(s.fx.signedIn(s.worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Case notes and documents")))
                .andExpect(content().string(containsString("/children/" + s.child.id() + "/record-search")));
    }
}
