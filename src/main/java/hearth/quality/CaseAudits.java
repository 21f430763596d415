package hearth.quality;

import hearth.notifications.Notifications;
import hearth.platform.web.NotFoundException;
import hearth.quality.domain.AuditStore;
import hearth.quality.domain.ProgrammeStore;
import hearth.security.CurrentUser;
import hearth.timescales.Due;
import hearth.timescales.Obligations;
import hearth.workforce.AllocationView;
import hearth.workforce.TeamView;
import hearth.workforce.Workforce;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API: case audits. The auditor answers the template's questions, records strengths and areas to improve,
 * grades the record and sets actions, each owned by the child's worker or their manager: every action is an
 * obligation in the owner's My work until they record it done with the evidence. The worker and manager are told. A
 * second auditor (never the first) moderates: the moderated grade is the one counted.
 */
@Service
public class CaseAudits {

    /** An audit action, due on the day the auditor set. */
    public static final String ACTION_RULE = "audit-action";
    public static final int MAX_TEXT = 4000;
    public static final int MAX_ACTION = 2000;

    private final AuditStore store;
    private final ProgrammeStore programmes;
    private final AuditTemplates templates;
    private final Workforce workforce;
    private final Obligations obligations;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseAudits(AuditStore store, ProgrammeStore programmes, AuditTemplates templates, Workforce workforce,
            Obligations obligations, Notifications notifications, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.programmes = programmes;
        this.templates = templates;
        this.workforce = workforce;
        this.obligations = obligations;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** The template an audit of the child in this programme (or none) asks. */
    @Transactional(readOnly = true)
    public TemplateView templateFor(UUID programmeId) {
        if (programmeId == null) {
            return templates.find(AuditTemplates.PRACTICE_AUDIT).current() ? templates.find(AuditTemplates.PRACTICE_AUDIT)
                    : templates.current().stream().findFirst().orElseThrow();
        }
        return templates.find(programmes.find(programmeId)
                .orElseThrow(() -> new NotFoundException("Audit programme")).templateId());
    }

    /** Who may own an action on the child's audit: the allocated worker and their team's manager. */
    @Transactional(readOnly = true)
    public List<String> possibleOwners(UUID childId) {
        Set<String> owners = new LinkedHashSet<>();
        Optional<AllocationView> allocation = workforce.currentAllocation(childId);
        allocation.map(AllocationView::workerUsername).ifPresent(owners::add);
        allocation.flatMap(a -> workforce.team(a.teamId())).map(TeamView::managerUsername).ifPresent(owners::add);
        return List.copyOf(owners);
    }

    /** Records the audit by the signed-in auditor; answers its id. */
    @Transactional
    public UUID record(UUID childId, NewAudit a) {
        TemplateView template = templateFor(a.programmeId());
        for (QuestionView q : template.questions()) {
            String answer = a.answers().get(q.id());
            if (q.answerType() != AnswerType.FREE_TEXT && (answer == null || !q.answerType().options().contains(answer))) {
                throw new IllegalArgumentException("quality.audit.error.answer");
            }
        }
        if (a.grade() == null) {
            throw new IllegalArgumentException("quality.audit.error.grade");
        }
        List<String> owners = possibleOwners(childId);
        for (NewAuditAction action : a.actions()) {
            if (!owners.contains(action.owner())) {
                throw new IllegalArgumentException("quality.audit.error.owner");
            }
            if (action.dueOn().isBefore(a.auditedOn())) {
                throw new IllegalArgumentException("quality.audit.error.due");
            }
        }
        Optional<AllocationView> allocation = workforce.currentAllocation(childId);
        String worker = allocation.map(AllocationView::workerUsername).orElse(null);
        String manager = allocation.flatMap(al -> workforce.team(al.teamId())).map(TeamView::managerUsername)
                .orElse(null);
        String auditor = CurrentUser.username();
        UUID id = store.create(new AuditStore.Header(a.programmeId(), template.id(), childId,
                allocation.map(AllocationView::teamName).orElse(null), worker, manager, auditor, a.auditedOn(),
                a.grade(), blankToNull(a.strengths()), blankToNull(a.improvements())), clock.instant());
        for (QuestionView q : template.questions()) {
            store.answer(id, q.id(), q.answerType() == AnswerType.FREE_TEXT ? null : a.answers().get(q.id()),
                    blankToNull(a.comments().get(q.id())));
        }
        for (NewAuditAction action : a.actions()) {
            UUID actionId = store.addAction(id, childId, action.description(), action.owner(), action.dueOn());
            store.linkObligation(actionId, obligations.open(childId, ACTION_RULE, action.dueOn(),
                    "Case audit action: " + action.description(), action.owner()));
        }
        String link = "/quality/audits/" + id + "/findings";
        Set<String> told = new LinkedHashSet<>();
        if (worker != null) {
            told.add(worker);
        }
        if (manager != null) {
            told.add(manager);
        }
        told.forEach(u -> notifications.notify(u, childId, "quality.notify.audited",
                a.grade().name().replace('_', ' ').toLowerCase() + ", " + a.actions().size() + " action(s)", link));
        events.publishEvent(new CaseAudited(childId, id, a.grade(), auditor, a.auditedOn()));
        return id;
    }

    /** A second auditor agrees the grade or changes it, with a rationale; the auditor cannot moderate their own. */
    @Transactional
    public void moderate(UUID auditId, long seenVersion, Grade grade, String rationale) {
        AuditView audit = find(auditId);
        String moderator = CurrentUser.username();
        if (moderator.equals(audit.auditor())) {
            throw new IllegalStateException("quality.moderation.error.sameAuditor");
        }
        if (audit.moderated()) {
            throw new IllegalStateException("quality.moderation.error.already");
        }
        if (grade == null || rationale == null || rationale.isBlank()) {
            throw new IllegalArgumentException("quality.moderation.error.rationale");
        }
        LocalDate today = today();
        store.moderate(auditId, seenVersion, grade, moderator, rationale.strip(), today);
        events.publishEvent(new AuditModerated(audit.childId(), auditId, audit.grade(), grade, moderator, today));
    }

    /** The owner (or a manager or auditor acting for them) records an action done, with the evidence. */
    @Transactional
    public void completeAction(UUID actionId, long seenVersion, String evidence) {
        AuditActionView action = action(actionId);
        if (action.status() != AuditActionStatus.OPEN) {
            throw new IllegalStateException("quality.action.error.done");
        }
        if (evidence == null || evidence.isBlank()) {
            throw new IllegalArgumentException("quality.action.error.evidence");
        }
        LocalDate today = today();
        String by = CurrentUser.username();
        store.complete(actionId, seenVersion, evidence.strip(), by, today);
        store.obligationOf(actionId).ifPresent(o -> obligations.find(o).filter(v -> v.metAt() == null)
                .ifPresent(v -> obligations.satisfy(o, v.startedAt().isAfter(clock.instant()) ? v.startedAt()
                        : clock.instant(), "Audit action done")));
        events.publishEvent(new AuditActionCompleted(action.childId(), actionId, action.auditId(),
                action.description(), by, today));
    }

    @Transactional(readOnly = true)
    public AuditView find(UUID auditId) {
        return store.find(auditId).orElseThrow(() -> new NotFoundException("Audit"));
    }

    @Transactional(readOnly = true)
    public AuditActionView action(UUID actionId) {
        return store.action(actionId).orElseThrow(() -> new NotFoundException("Audit action"));
    }

    /** The child's audits, latest first. */
    @Transactional(readOnly = true)
    public List<AuditView> forChild(UUID childId) {
        return store.forChild(childId);
    }

    /** Audits done in a period (inclusive), with their answers, for analysis. */
    @Transactional(readOnly = true)
    public List<AuditView> between(LocalDate from, LocalDate to) {
        return store.between(from, to);
    }

    /** Every open action, soonest due first. */
    @Transactional(readOnly = true)
    public List<AuditActionView> openActions() {
        return store.openActions();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Due.LONDON));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
