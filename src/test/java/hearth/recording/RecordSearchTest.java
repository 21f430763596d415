package hearth.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.audit.AuditTrail;
import hearth.chronology.Chronology;
import hearth.chronology.EntryCategory;
import hearth.chronology.NewEntry;
import hearth.support.HearthTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@HearthTest
class RecordSearchTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    CaseNotes notes;
    @Autowired
    CaseDocuments documents;
    @Autowired
    Chronology chronology;
    @Autowired
    RecordSearch search;
    @Autowired
    AuditTrail audit;

    RecordingSetup s;
    RecordingSetup other;
    Instant earlier;

    @BeforeEach
    void setUp() {
        s = new RecordingSetup(context);
        other = new RecordingSetup(context);
        earlier = Instant.now().minus(2, ChronoUnit.DAYS);
    }

    NoteView note(RecordingSetup who, String body) {
        return who.as(who.worker, () -> notes.record(new NewNote(who.child.id(), NoteType.HOME_VISIT, earlier,
                false, body, List.of())));
    }

    @Test
    void findsWordsInNotesAddendaDocumentsAndTheChronologyWhateverTheirCapitals() {
        NoteView visit = note(s, "Robin showed me the  TRAMPOLINE in the garden.");
        NoteView call = note(s, "Called school.");
        s.as(s.worker, () -> notes.addAddendum(call.id(), "Forgot", "The trampoline is broken."));
        s.as(s.worker, () -> documents.upload(new NewDocument(s.child.id(), DocumentType.REPORT, LocalDate.of(2025,
                3, 3), "Trampoline safety report", null, false, "r.txt", "Nothing".getBytes(StandardCharsets.UTF_8))));
        s.as(s.worker, () -> documents.upload(new NewDocument(s.child.id(), DocumentType.LETTER, LocalDate.of(2025,
                3, 4), "Letter from GP", "About sleep", false, "gp.txt",
                "The GP mentions a trampoline injury.".getBytes(StandardCharsets.UTF_8))));
        s.as(s.worker, () -> chronology.add(new NewEntry(s.child.id(), LocalDate.of(2025, 2, 2),
                EntryCategory.HEALTH, "Fell from a trampoline at a friend's house", "Mum", false), List.of()));
        note(other, "Another child's trampoline must never show.");

        List<RecordSearchHit> hits = s.as(s.worker, () -> search.search(s.child.id(), "  trampoline "));

        assertThat(hits).extracting(RecordSearchHit::kind).containsExactlyInAnyOrder(SearchHitKind.CASE_NOTE,
                SearchHitKind.ADDENDUM, SearchHitKind.DOCUMENT, SearchHitKind.DOCUMENT, SearchHitKind.CHRONOLOGY);
        RecordSearchHit inNote = hits.stream().filter(h -> h.link().equals("/case-notes/" + visit.id()))
                .findFirst().orElseThrow();
        assertThat(inNote.match()).isEqualTo("TRAMPOLINE");
        assertThat(inNote.before()).isEqualTo("Robin showed me the ");
        assertThat(inNote.after()).isEqualTo(" in the garden.");
        assertThat(hits).noneMatch(h -> h.after().contains("must never show"));
    }

    @Test
    void voidedNotesAreNotFoundAndBlankWordsFindNothing() {
        NoteView wrong = note(s, "Recorded about a zebra by mistake.");
        s.as(s.manager, () -> notes.voidNote(wrong.id(), wrong.version(), "Wrong child"));
        assertThat(s.as(s.worker, () -> search.search(s.child.id(), "zebra"))).isEmpty();
        assertThat(s.as(s.worker, () -> search.search(s.child.id(), "   "))).isEmpty();
    }

    @Test
    void theSearchPageShowsASnippetWithTheMatchAndEverySearchIsLogged() throws Exception {
        NoteView visit = note(s, "Robin talked about the hamster called Biscuit.");
        mvc.perform(get("/children/" + s.child.id() + "/record-search").param("q", "HAMSTER")
                        .with(user(s.fx.signedIn(s.worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<mark>hamster</mark>")))
                .andExpect(content().string(containsString("/case-notes/" + visit.id())))
                .andExpect(content().string(containsString("1 result for")));
        assertThat(audit.accessTo(s.child.id(), 20)).anyMatch(a -> a.username().equals(s.worker)
                && a.what().contains("HAMSTER".toLowerCase()));
        mvc.perform(get("/children/" + s.child.id() + "/record-search").param("q", "x".repeat(201))
                        .with(user(s.fx.signedIn(s.worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Search words must be 200 characters or fewer")));
    }
}
