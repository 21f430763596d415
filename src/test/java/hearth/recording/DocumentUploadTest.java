package hearth.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.audit.AccessAction;
import hearth.audit.AuditTrail;
import hearth.chronology.Chronology;
import hearth.chronology.ChronologyFilter;
import hearth.chronology.EntryCategory;
import hearth.support.HearthTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@HearthTest
class DocumentUploadTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PROGRAM = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    CaseDocuments documents;
    @Autowired
    Chronology chronology;
    @Autowired
    AuditTrail audit;

    RecordingSetup s;

    @BeforeEach
    void setUp() {
        s = new RecordingSetup(context);
    }

    MockMultipartHttpServletRequestBuilder upload(String fileName, byte[] content, boolean significant) {
        MockMultipartHttpServletRequestBuilder request = multipart("/children/" + s.child.id() + "/documents/new");
        request.file(new MockMultipartFile("file", fileName, "application/octet-stream", content));
        request.param("documentType", "REPORT").param("documentDateDay", "1").param("documentDateMonth", "2")
                .param("documentDateYear", "2025").param("title", "School report").param("description", "Term one");
        if (significant) {
            request.param("significant", "yes");
        }
        request.with(user(s.fx.signedIn(s.worker))).with(csrf());
        return request;
    }

    @Test
    void aPdfIsKeptAndServedOnlyAsALoggedDownload() throws Exception {
        String location = mvc.perform(upload("report.pdf", PDF, true)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring("/documents/".length()));
        DocumentView doc = documents.find(id).orElseThrow();
        assertThat(doc.contentType()).isEqualTo("application/pdf");
        assertThat(doc.sizeBytes()).isEqualTo(PDF.length);

        byte[] served = mvc.perform(get("/documents/" + id + "/download").with(user(s.fx.signedIn(s.worker))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("report.pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().stringValues("Content-Security-Policy",
                        org.hamcrest.Matchers.hasItem(containsString("sandbox"))))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(served).isEqualTo(PDF);
        assertThat(audit.accessTo(s.child.id(), 50)).anyMatch(a -> a.action() == AccessAction.EXPORTED
                && a.username().equals(s.worker) && a.what().contains(id.toString()));
        assertThat(chronology.entriesFor(s.child.id(), ChronologyFilter.ALL))
                .anyMatch(e -> e.category() == EntryCategory.DOCUMENT && e.significant()
                        && e.summary().contains("School report"));
    }

    @Test
    void aFileOverTheLimitIsRefusedWithAClearMessageNotAFailure() throws Exception {
        byte[] big = new byte[(int) documents.maxSize().toBytes() + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        mvc.perform(upload("huge.pdf", big, false))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The selected file must be smaller than 20 MB")))
                .andExpect(content().string(containsString("School report")));
    }

    @Test
    void aTypeNotAllowedIsRefused() throws Exception {
        mvc.perform(upload("setup.exe", PROGRAM, false))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "The selected file must be a PDF, Word, OpenDocument, plain text, JPEG or PNG file")));
        mvc.perform(upload("page.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), false))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must be a PDF, Word")));
    }

    @Test
    void aFileWhoseContentIsNotWhatItsNameSaysIsRefused() throws Exception {
        mvc.perform(upload("report.pdf", PROGRAM, false))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("content does not match its type")));
        mvc.perform(upload("photo.png", PDF, false))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("content does not match its type")));
        mvc.perform(upload("notes.txt", PROGRAM, false))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("content does not match its type")));
    }

    @Test
    void theBytesAreKeptInAStandardBinaryColumn() {
        // bytea is PostgreSQL's binary type and H2's alias for BINARY VARYING: the same DDL on both
        String type = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select data_type from information_schema.columns where lower(table_name) = "
                        + "'recording_document_content' and lower(column_name) = 'content'")
                .query(String.class).single();
        assertThat(type.toLowerCase(java.util.Locale.ROOT)).isIn("binary varying", "bytea");
    }

    @Test
    void anEmptyOrMissingFileIsAFormError() throws Exception {
        mvc.perform(upload("empty.pdf", new byte[0], false))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select a file to upload")));
    }

    @Test
    void aVoidedDocumentIsKeptButNoLongerServed() throws Exception {
        DocumentView doc = s.as(s.worker, () -> documents.upload(new NewDocument(s.child.id(),
                hearth.recording.DocumentType.LETTER, java.time.LocalDate.of(2025, 1, 1), "Wrong letter", null, true,
                "letter.txt", "Dear parent".getBytes(StandardCharsets.UTF_8))));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/documents/" + doc.id() + "/void").with(user(s.fx.signedIn(s.worker))).with(csrf())
                        .param("version", "0").param("voidReason", "Wrong"))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/documents/" + doc.id() + "/void").with(user(s.fx.signedIn(s.manager))).with(csrf())
                        .param("version", String.valueOf(doc.version())).param("voidReason", "Wrong child"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/documents/" + doc.id()).with(user(s.fx.signedIn(s.worker))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Wrong child")));
        mvc.perform(get("/documents/" + doc.id() + "/download").with(user(s.fx.signedIn(s.worker))))
                .andExpect(status().isNotFound());
        assertThat(chronology.entriesFor(s.child.id(), ChronologyFilter.ALL))
                .noneMatch(e -> ("/documents/" + doc.id()).equals(e.link()));
    }
}
