package hearth.security;

import hearth.audit.KeepsHistory;
import hearth.shared.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A record only a named access list may see (a staff member's relative, an adoption record). */
@Entity
@Table(name = "record_restriction")
@KeepsHistory("restriction")
class Restriction {

    @Id
    private UUID id;
    @Column(name = "subject_id", nullable = false)
    private UUID subjectId;
    @Column(nullable = false)
    private String reason;
    @Column(name = "restricted_by", nullable = false)
    private String restrictedBy;
    @Column(name = "restricted_at", nullable = false)
    private Instant restrictedAt;
    @Column(nullable = false)
    private boolean lifted;
    @Column(name = "lifted_reason")
    private String liftedReason;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "restriction_member", joinColumns = @JoinColumn(name = "restriction_id"))
    @Column(name = "username")
    private Set<String> members = new HashSet<>();
    @Version
    private long version;

    protected Restriction() {
    }

    Restriction(UUID subjectId, String reason, String restrictedBy, Set<String> members, Instant now) {
        this.id = Ids.next();
        this.subjectId = subjectId;
        this.reason = reason;
        this.restrictedBy = restrictedBy;
        this.restrictedAt = now;
        this.members.addAll(members);
        this.members.add(restrictedBy);
    }

    boolean admits(String username) {
        return members.contains(username);
    }

    void lift(String why) {
        this.lifted = true;
        this.liftedReason = why;
    }

    void admit(String username) {
        members.add(username);
    }

    UUID getSubjectId() {
        return subjectId;
    }

    String getRestrictedBy() {
        return restrictedBy;
    }

    String getReason() {
        return reason;
    }

    Set<String> getMembers() {
        return Set.copyOf(members);
    }
}
