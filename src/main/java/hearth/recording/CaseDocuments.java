package hearth.recording;

import hearth.audit.AuditTrail;
import hearth.platform.web.NotFoundException;
import hearth.recording.domain.CaseDocument;
import hearth.recording.domain.CaseDocumentRepository;
import hearth.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Published API for documents on a child's record: upload (size limit from
 * {@code hearth.recording.max-document-size}, allowed types checked by extension and content), download (every
 * download logged in the access log), void with a reason. The bytes live in the database
 * ({@code recording_document_content.content}, {@code bytea}: BINARY VARYING on H2 and PostgreSQL's bytea).
 */
@Service
public class CaseDocuments {

    /** A document's bytes with the name and safe type to send them under. */
    public record DocumentFile(String fileName, String contentType, byte[] content) {
    }

    static final int MAX_PLAIN_TEXT = 200_000;
    private final CaseDocumentRepository documents;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DataSize maxSize;

    CaseDocuments(CaseDocumentRepository documents, JdbcClient jdbc, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock,
            @Value("${hearth.recording.max-document-size:20MB}") DataSize maxSize) {
        this.documents = documents;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    /** The largest file accepted. */
    public DataSize maxSize() {
        return maxSize;
    }

    /** Checks and keeps the document; refused with {@link UploadRefused} when too big, empty or not allowed. */
    @Transactional
    public DocumentView upload(NewDocument doc) {
        byte[] content = doc.content();
        if (content == null || content.length == 0) {
            throw new UploadRefused("recording.document.error.empty");
        }
        if (content.length > maxSize.toBytes()) {
            throw new UploadRefused("recording.document.error.tooLarge");
        }
        String type = FileTypes.check(doc.fileName(), content);
        String text = type.equals("text/plain") ? new String(content, StandardCharsets.UTF_8) : null;
        if (text != null && text.length() > MAX_PLAIN_TEXT) {
            text = text.substring(0, MAX_PLAIN_TEXT);
        }
        CaseDocument saved = documents.saveAndFlush(new CaseDocument(doc.childId(), doc.type(), doc.documentDate(),
                doc.title(), doc.description(), doc.significant(), FileTypes.safeName(doc.fileName()), type,
                content.length, text, CurrentUser.username(), clock.instant()));
        jdbc.sql("insert into recording_document_content (document_id, content) values (:id, :content)")
                .param("id", saved.getId()).param("content", content).update();
        events.publishEvent(new DocumentUploaded(saved.getChildId(), saved.getId(), doc.type(), doc.documentDate(),
                saved.view().title(), doc.significant()));
        return saved.view();
    }

    /** The file to download; the download is logged against the child. Voided documents are not served. */
    @Transactional(readOnly = true)
    public DocumentFile download(UUID documentId) {
        CaseDocument doc = require(documentId);
        if (doc.isVoided()) {
            throw new NotFoundException("Document");
        }
        byte[] content = jdbc.sql("select content from recording_document_content where document_id = :id")
                .param("id", documentId).query((rs, n) -> rs.getBytes(1)).single();
        DocumentView view = doc.view();
        audit.exported(view.childId(), "document downloaded: " + view.title() + " (" + view.id() + ")");
        return new DocumentFile(view.fileName(), view.contentType(), content);
    }

    @Transactional
    public DocumentView voidDocument(UUID documentId, long seenVersion, String reason) {
        CaseDocument doc = require(documentId);
        if (doc.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(CaseDocument.class, documentId);
        }
        doc.voidDocument(reason, CurrentUser.username(), clock.instant());
        documents.saveAndFlush(doc);
        events.publishEvent(new DocumentVoided(doc.getChildId(), doc.getId(), reason.strip()));
        return doc.view();
    }

    @Transactional(readOnly = true)
    public Optional<DocumentView> find(UUID documentId) {
        return documents.findById(documentId).map(CaseDocument::view);
    }

    /** The child's documents, latest first, voided ones included (marked). */
    @Transactional(readOnly = true)
    public List<DocumentView> documentsFor(UUID childId) {
        return documents.findByChildIdOrderByDocumentDateDescUploadedAtDesc(childId).stream().map(CaseDocument::view)
                .toList();
    }

    /** The text of the child's plain-text documents that are not voided, by document, for searching. */
    @Transactional(readOnly = true)
    java.util.Map<UUID, String> plainTextsFor(UUID childId) {
        java.util.Map<UUID, String> texts = new java.util.HashMap<>();
        documents.findByChildIdOrderByDocumentDateDescUploadedAtDesc(childId).stream()
                .filter(d -> !d.isVoided() && d.getPlainText() != null)
                .forEach(d -> texts.put(d.getId(), d.getPlainText()));
        return texts;
    }

    private CaseDocument require(UUID id) {
        return documents.findById(id).orElseThrow(() -> new NotFoundException("Document"));
    }
}
