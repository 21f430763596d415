package hearth.missing.domain;

import hearth.audit.KeepsHistory;
import hearth.missing.ExploitationConcern;
import hearth.missing.MissingCorrection;
import hearth.missing.MissingEpisodeView;
import hearth.missing.MissingKind;
import hearth.missing.MissingReturn;
import hearth.missing.NewMissingEpisode;
import hearth.missing.ReturnInterviewFindings;
import hearth.missing.ReturnInterviewStatus;
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

/**
 * A missing or away episode and its return interview. Guarded: a return comes after the start; the interview is
 * offered after the return, then declined or held; a voided episode changes no more.
 */
@Entity
@Table(name = "missing_episode")
@KeepsHistory(MissingEpisode.HISTORY)
public class MissingEpisode {

    /** The name its change history goes under. */
    public static final String HISTORY = "missing episode";

    @Id
    private UUID id;
    @Column(name = "child_id", nullable = false)
    private UUID childId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MissingKind kind;
    @Column(name = "from_care", nullable = false)
    private boolean fromCare;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    private String circumstances;
    @Column(name = "reported_to_police", nullable = false)
    private boolean reportedToPolice;
    @Column(name = "police_reference")
    private String policeReference;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "where_found")
    private String whereFound;
    @Column(name = "return_notes")
    private String returnNotes;
    @Enumerated(EnumType.STRING)
    @Column(name = "interview_status", nullable = false)
    private ReturnInterviewStatus interviewStatus;
    @Column(name = "interview_obligation_id")
    private UUID interviewObligationId;
    @Column(name = "offered_at")
    private Instant offeredAt;
    @Column(name = "offered_by")
    private String offeredBy;
    @Column(name = "declined_reason")
    private String declinedReason;
    @Column(name = "held_at")
    private Instant heldAt;
    @Column(name = "held_by")
    private String heldBy;
    @Column(name = "push_factors")
    private String pushFactors;
    @Column(name = "pull_factors")
    private String pullFactors;
    @Column(name = "exploitation_concerns")
    private String exploitationConcerns;
    private String findings;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "corrected_by")
    private String correctedBy;
    @Column(name = "correction_reason")
    private String correctionReason;
    @Column(nullable = false)
    private boolean voided;
    @Column(name = "void_reason")
    private String voidReason;
    @Version
    private long version;

    protected MissingEpisode() {
    }

    public MissingEpisode(NewMissingEpisode report, boolean fromCare, String recordedBy, Instant recordedAt) {
        if (report.childId() == null || report.kind() == null || report.startedAt() == null) {
            throw new IllegalArgumentException("An episode needs a child, a kind and a start");
        }
        if (report.startedAt().isAfter(recordedAt)) {
            throw new IllegalArgumentException("missing.error.startFuture");
        }
        this.id = Ids.next();
        this.childId = report.childId();
        this.kind = report.kind();
        this.fromCare = fromCare;
        this.startedAt = report.startedAt();
        this.circumstances = report.circumstances();
        this.reportedToPolice = report.reportedToPolice();
        this.policeReference = report.reportedToPolice() ? report.policeReference() : null;
        this.interviewStatus = ReturnInterviewStatus.NOT_OFFERED;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void returned(MissingReturn back, Instant now) {
        live();
        if (endedAt != null) {
            throw new IllegalStateException("missing.error.alreadyReturned");
        }
        checkEnd(back.endedAt(), startedAt, now);
        this.endedAt = back.endedAt();
        this.whereFound = back.whereFound();
        this.returnNotes = back.returnNotes();
    }

    public void correct(MissingCorrection c, String by, Instant now) {
        live();
        if (c.startedAt() == null || c.startedAt().isAfter(now)) {
            throw new IllegalArgumentException("missing.error.startFuture");
        }
        if (c.endedAt() == null && endedAt != null) {
            throw new IllegalStateException("missing.error.cannotUnreturn");
        }
        if (c.endedAt() != null) {
            checkEnd(c.endedAt(), c.startedAt(), now);
        }
        if (heldAt != null && c.endedAt() != null && heldAt.isBefore(c.endedAt())) {
            throw new IllegalArgumentException("missing.error.heldBeforeReturn");
        }
        this.kind = c.kind();
        this.startedAt = c.startedAt();
        this.circumstances = c.circumstances();
        this.reportedToPolice = c.reportedToPolice();
        this.policeReference = c.reportedToPolice() ? c.policeReference() : null;
        this.endedAt = c.endedAt();
        this.whereFound = c.endedAt() == null ? null : c.whereFound();
        this.returnNotes = c.endedAt() == null ? null : c.returnNotes();
        this.correctedBy = by;
        this.correctionReason = c.reason();
    }

    public void offerInterview(Instant at, String by, Instant now) {
        live();
        if (endedAt == null || interviewStatus != ReturnInterviewStatus.NOT_OFFERED) {
            throw new IllegalStateException("missing.error.cannotOffer");
        }
        if (at.isBefore(endedAt) || at.isAfter(now)) {
            throw new IllegalArgumentException("missing.error.offeredWhen");
        }
        this.offeredAt = at;
        this.offeredBy = by;
        this.interviewStatus = ReturnInterviewStatus.OFFERED;
    }

    public void declined(String reason) {
        live();
        if (interviewStatus != ReturnInterviewStatus.OFFERED) {
            throw new IllegalStateException("missing.error.notOffered");
        }
        this.declinedReason = reason;
        this.interviewStatus = ReturnInterviewStatus.DECLINED;
    }

    public void held(ReturnInterviewFindings f, Instant now) {
        live();
        if (interviewStatus != ReturnInterviewStatus.OFFERED) {
            throw new IllegalStateException("missing.error.notOffered");
        }
        if (f.heldAt().isBefore(offeredAt) || f.heldAt().isAfter(now)) {
            throw new IllegalArgumentException("missing.error.heldWhen");
        }
        this.heldAt = f.heldAt();
        this.heldBy = f.heldBy();
        this.pushFactors = f.pushFactors();
        this.pullFactors = f.pullFactors();
        this.exploitationConcerns = Concerns.write(f.concerns());
        this.findings = f.findings();
        this.interviewStatus = ReturnInterviewStatus.HELD;
    }

    public void voidEpisode(String reason) {
        live();
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("missing.error.voidReason");
        }
        this.voided = true;
        this.voidReason = reason;
    }

    public void interviewObligation(UUID obligationId) {
        this.interviewObligationId = obligationId;
    }

    private void live() {
        if (voided) {
            throw new IllegalStateException("missing.error.voided");
        }
    }

    private static void checkEnd(Instant end, Instant start, Instant now) {
        if (end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("missing.error.endBeforeStart");
        }
        if (end.isAfter(now)) {
            throw new IllegalArgumentException("missing.error.endFuture");
        }
    }

    public MissingEpisodeView view() {
        return new MissingEpisodeView(id, childId, kind, fromCare, startedAt, circumstances, reportedToPolice,
                policeReference, endedAt, whereFound, returnNotes, interviewStatus, interviewObligationId, offeredAt,
                offeredBy, declinedReason, heldAt, heldBy, pushFactors, pullFactors,
                Concerns.read(exploitationConcerns), findings, recordedBy, recordedAt, correctedBy, correctionReason,
                voided, voidReason, version);
    }

    public UUID getId() {
        return id;
    }

    public UUID getChildId() {
        return childId;
    }

    public long getVersion() {
        return version;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public UUID getInterviewObligationId() {
        return interviewObligationId;
    }
}
