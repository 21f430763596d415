package hearth.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import hearth.shared.Ids;

/** A person who signs in to Hearth: a local password, or a council identity-provider subject. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    static final int MAX_FAILED_ATTEMPTS = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String username;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    private String email;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(nullable = false)
    private boolean enabled = true;
    @Column(nullable = false)
    private boolean demo;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, Role role, String passwordHash, boolean demo, Instant now) {
        this.id = Ids.next();
        this.username = normalise(username);
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
        this.demo = demo;
        this.createdAt = now;
    }

    /** Usernames are kept in lower case, so sign-in ignores case. */
    public static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** Counts a failed sign-in; the fifth in a row locks the account for a while. */
    void recordFailedSignIn(Instant now) {
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            lockedUntil = now.plus(LOCKOUT);
            failedAttempts = 0;
        }
    }

    void recordSignIn() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    HearthUser toUser(Instant now) {
        return new HearthUser(id, username, displayName, role, passwordHash, lockedAt(now), enabled);
    }

    public void changeRole(Role newRole) {
        this.role = newRole;
    }

    public void disable() {
        this.enabled = false;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public UUID getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDemo() {
        return demo;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
