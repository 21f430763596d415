package hearth.recording.domain;

import hearth.audit.KeepsHistory;
import hearth.recording.DocumentType;
import hearth.recording.DocumentView;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A document on a child's record: its details here, its bytes apart (recording_document_content) so lists never
 * load them. Never deleted: voided with a reason.
 */
@Entity
@Table(name = "recording_document")
@KeepsHistory("document")
public class CaseDocument {

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private DocumentType type;
    @Column(name = "document_date", nullable = false)
    private LocalDate documentDate;
    @Column(nullable = false)
    private String title;
    private String description;
    @Column(nullable = false)
    private boolean significant;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "content_type", nullable = false)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(name = "plain_text")
    private String plainText;
    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Column(name = "voided_by")
    private String voidedBy;
    @Column(name = "voided_at")
    private Instant voidedAt;
    @Version
    private long version;

    protected CaseDocument() {
    }

    public CaseDocument(UUID childId, DocumentType type, LocalDate documentDate, String title, String description,
            boolean significant, String fileName, String contentType, long sizeBytes, String plainText, String by,
            Instant at) {
        if (childId == null || type == null || documentDate == null || title == null || title.isBlank()) {
            throw new IllegalArgumentException("A document needs a child, a type, a date and a title");
        }
        this.id = Ids.next();
        this.childId = childId;
        this.type = type;
        this.documentDate = documentDate;
        this.title = title.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.significant = significant;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.plainText = plainText;
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    public void voidDocument(String reason, String by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Voiding a document needs a reason");
        }
        if (voided) {
            throw new IllegalStateException("recording.document.error.voided");
        }
        this.voided = true;
        this.voidReason = reason.strip();
        this.voidedBy = by;
        this.voidedAt = at;
    }

    public DocumentView view() {
        return new DocumentView(id, childId, type, documentDate, title, description, significant, fileName,
                contentType, sizeBytes, uploadedBy, uploadedAt, voided, voidReason, voidedBy, version);
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public String getPlainText() {
        return plainText;
    }

    public boolean isVoided() {
        return voided;
    }

    public long getVersion() {
        return version;
    }
}
