package hearth.security;

import hearth.audit.AuditTrail;
import hearth.shared.Ids;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Record-level access, separate from roles. A restricted record opens only to its access list; any
 * other record opens to users whose role reaches it (allocation, team, service or authority-wide).
 * Anyone else with {@link Permission#BREAK_GLASS} may open it by giving a reason, which is logged and
 * told to the record's manager; the access lasts {@link #OVERRIDE_LASTS}.
 */
@Service
public class RecordAccess {

    public static final Duration OVERRIDE_LASTS = Duration.ofHours(8);
    public static final int MIN_REASON = 10;

    private final RestrictionRepository restrictions;
    private final List<RecordReach> reaches;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordAccess(RestrictionRepository restrictions, List<RecordReach> reaches, AuditTrail audit, JdbcClient jdbc,
            ApplicationEventPublisher events, Clock clock) {
        this.restrictions = restrictions;
        this.reaches = reaches;
        this.audit = audit;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AccessDecision decide(HearthUser user, UUID childId) {
        Optional<Restriction> restriction = restrictions.findFirstBySubjectIdAndLiftedFalse(childId);
        if (restriction.isPresent()) {
            return restriction.get().admits(user.getUsername()) || overridden(user, childId)
                    ? AccessDecision.ALLOWED : AccessDecision.RESTRICTED;
        }
        if (!user.has(Permission.VIEW_CHILD_RECORD)) {
            return AccessDecision.OUT_OF_REACH;
        }
        if (user.role().reach() == Role.Reach.AUTHORITY || reaches.stream().anyMatch(r -> r.reaches(user, childId))
                || overridden(user, childId)) {
            return AccessDecision.ALLOWED;
        }
        return AccessDecision.OUT_OF_REACH;
    }

    /** Opens the record for the current user or throws; a refusal is itself logged. */
    public void require(UUID childId) {
        HearthUser user = CurrentUser.require();
        AccessDecision decision = decide(user, childId);
        if (!decision.allowed()) {
            audit.refused(childId, decision.name());
            throw new RecordAccessDenied(childId, decision);
        }
    }

    /** Which of these children are restricted from the current user: search shows them as restricted. */
    @Transactional(readOnly = true)
    public Set<UUID> restrictedAmong(Collection<UUID> childIds) {
        if (childIds.isEmpty()) {
            return Set.of();
        }
        String username = CurrentUser.username();
        return restrictions.findBySubjectIdInAndLiftedFalse(childIds).stream()
                .filter(r -> !r.admits(username)).map(Restriction::getSubjectId).collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public boolean isRestricted(UUID childId) {
        return restrictions.findFirstBySubjectIdAndLiftedFalse(childId).isPresent();
    }

    @Transactional
    public void breakGlass(UUID childId, String reason) {
        HearthUser user = CurrentUser.require();
        if (!user.has(Permission.BREAK_GLASS)) {
            throw new org.springframework.security.access.AccessDeniedException("Cannot break the glass");
        }
        if (reason == null || reason.strip().length() < MIN_REASON) {
            throw new IllegalArgumentException("A reason of at least " + MIN_REASON + " characters is needed");
        }
        Instant now = clock.instant();
        jdbc.sql("""
                insert into access_override (id, subject_id, username, reason, granted_at, expires_at)
                values (:id, :subject, :username, :reason, :now, :expires)""")
                .param("id", Ids.next()).param("subject", childId).param("username", user.getUsername())
                .param("reason", reason.strip()).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(OVERRIDE_LASTS))).update();
        audit.brokeGlass(childId, reason.strip());
        Optional<Restriction> restriction = restrictions.findFirstBySubjectIdAndLiftedFalse(childId);
        events.publishEvent(new RecordOpenedByBreakingGlass(childId, user.getUsername(), user.displayName(),
                reason.strip(), restriction.isPresent(), restriction.map(Restriction::getRestrictedBy).orElse(null), now));
    }

    @Transactional
    public void restrict(UUID childId, String reason, Set<String> accessList) {
        if (restrictions.findFirstBySubjectIdAndLiftedFalse(childId).isPresent()) {
            throw new IllegalStateException("The record is already restricted");
        }
        restrictions.save(new Restriction(childId, reason, CurrentUser.username(), accessList, clock.instant()));
    }

    @Transactional
    public void lift(UUID childId, String reason) {
        restrictions.findFirstBySubjectIdAndLiftedFalse(childId).ifPresent(r -> r.lift(reason));
    }

    @Transactional(readOnly = true)
    public Map<UUID, Set<String>> accessLists(Collection<UUID> childIds) {
        return restrictions.findBySubjectIdInAndLiftedFalse(childIds).stream()
                .collect(Collectors.toMap(Restriction::getSubjectId, Restriction::getMembers, (a, b) -> a));
    }

    private boolean overridden(HearthUser user, UUID childId) {
        return jdbc.sql("""
                select count(*) from access_override
                where username = :username and subject_id = :subject and expires_at > :now""")
                .param("username", user.getUsername()).param("subject", childId)
                .param("now", Timestamp.from(clock.instant())).query(Long.class).single() > 0;
    }

}
