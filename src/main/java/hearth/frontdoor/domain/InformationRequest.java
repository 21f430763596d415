package hearth.frontdoor.domain;

import hearth.audit.KeepsHistory;
import hearth.frontdoor.InformationRequestView;
import hearth.frontdoor.PartnerAgency;
import hearth.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Information asked of a partner agency about a contact; answered once, voided (never deleted) if made in error. */
@Entity
@Table(name = "information_request")
@KeepsHistory("information_request")
public class InformationRequest {

    @Id
    private UUID id;
    @Column(name = "contact_id", nullable = false)
    private UUID contactId;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnerAgency agency;
    @Column(name = "requested_from", nullable = false)
    private String requestedFrom;
    @Column(nullable = false)
    private String question;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "requested_by", nullable = false)
    private String requestedBy;
    private String response;
    @Column(name = "responded_by")
    private String respondedBy;
    @Column(name = "responded_at")
    private Instant respondedAt;
    @Column(name = "response_recorded_by")
    private String responseRecordedBy;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;

    protected InformationRequest() {
    }

    public InformationRequest(UUID contactId, UUID childId, PartnerAgency agency, String requestedFrom,
            String question, Instant requestedAt, String requestedBy) {
        if (agency == null || blank(requestedFrom) || blank(question) || requestedAt == null) {
            throw new IllegalArgumentException("A request needs the agency, who was asked, what and when");
        }
        this.id = Ids.next();
        this.contactId = contactId;
        this.childId = childId;
        this.agency = agency;
        this.requestedFrom = requestedFrom;
        this.question = question;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
    }

    /** Records the agency's answer, once; it cannot come before the question. */
    public void answer(String response, String respondedBy, Instant respondedAt, String recordedBy) {
        if (voided) {
            throw new IllegalStateException("A voided request cannot be answered");
        }
        if (this.respondedAt != null) {
            throw new IllegalStateException("The request is already answered");
        }
        if (blank(response) || blank(respondedBy) || respondedAt == null) {
            throw new IllegalArgumentException("An answer needs what was said, who said it and when");
        }
        if (respondedAt.isBefore(requestedAt)) {
            throw new IllegalArgumentException("An answer cannot come before the request");
        }
        this.response = response;
        this.respondedBy = respondedBy;
        this.respondedAt = respondedAt;
        this.responseRecordedBy = recordedBy;
    }

    public void voidRequest(String reason) {
        if (blank(reason)) {
            throw new IllegalArgumentException("Voiding needs a reason");
        }
        if (voided) {
            throw new IllegalStateException("The request is already voided");
        }
        this.voided = true;
        this.voidReason = reason;
    }

    public InformationRequestView view() {
        return new InformationRequestView(id, contactId, childId, agency, requestedFrom, question, requestedAt,
                requestedBy, response, respondedBy, respondedAt, responseRecordedBy, version);
    }

    public UUID getContactId() {
        return contactId;
    }

    public boolean isVoided() {
        return voided;
    }

    public long getVersion() {
        return version;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
