package hearth.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.chronology.Chronology;
import hearth.chronology.ChronologyFilter;
import hearth.chronology.EntryView;
import hearth.notifications.Notification;
import hearth.notifications.Notifications;
import hearth.people.ChildRecordContributor;
import hearth.people.PersonSummary;
import hearth.people.RecordPanel;
import hearth.security.HearthUser;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import hearth.timescales.ObligationView;
import hearth.timescales.Obligations;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An audit's actions are obligations in the owner's My work until done, the worker and manager are told, a second
 * auditor (never the first) moderates, templates keep the questions old audits were asked, and panel decisions reach
 * the child's record and chronology.
 */
@HearthTest
class CaseAuditsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CaseAudits audits;
    @Autowired
    AuditTemplates templates;
    @Autowired
    AuditProgrammes programmes;
    @Autowired
    Panels panels;
    @Autowired
    Obligations obligations;
    @Autowired
    Notifications notifications;
    @Autowired
    Chronology chronology;
    @Autowired
    List<ChildRecordContributor> contributors;
    @Autowired
    MutableClock clock;

    Fixtures fx;
    String worker;
    String manager;
    String auditor;
    String secondAuditor;
    PersonSummary child;
    LocalDate today;

    @BeforeEach
    void anAllocatedChildAndTwoAuditors() {
        fx = new Fixtures(context);
        manager = fx.unique("tm_qa");
        UUID team = fx.team(fx.service(), manager);
        fx.user(manager, "Manager " + fx.name("M"), Role.TEAM_MANAGER, team);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        auditor = fx.user(Role.QA_AUDITOR, null);
        secondAuditor = fx.user(Role.QA_AUDITOR, null);
        child = fx.child("Robin", fx.name("Audit"), LocalDate.of(2016, 2, 2));
        fx.allocate(child.id(), team, worker);
        today = LocalDate.now(clock.withZone(MutableClock.LONDON));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anActionIsInTheOwnersWorkUntilDoneAndTheWorkerAndManagerAreTold() {
        UUID audit = as(auditor, () -> audits.record(child.id(), audit(Grade.REQUIRES_IMPROVEMENT,
                new NewAuditAction("Update the chronology", worker, today.plusDays(14)))));

        AuditActionView action = audits.find(audit).actions().get(0);
        List<ObligationView> work = obligations.openAssignedTo(worker).stream()
                .filter(o -> o.ruleId().equals(CaseAudits.ACTION_RULE) && o.subjectId().equals(child.id())).toList();
        assertThat(work).hasSize(1);
        assertThat(work.get(0).dueDate()).isEqualTo(today.plusDays(14));
        assertThat(notifications.recent(worker, 10)).extracting(Notification::messageKey)
                .contains("quality.notify.audited");
        assertThat(notifications.recent(manager, 10)).extracting(Notification::link)
                .contains("/quality/audits/" + audit + "/findings");

        as(worker, () -> {
            audits.completeAction(action.id(), action.version(), "Chronology updated to last week");
            return null;
        });
        assertThat(audits.action(action.id()).status()).isEqualTo(AuditActionStatus.DONE);
        assertThat(obligations.openAssignedTo(worker)).noneMatch(o -> o.id().equals(work.get(0).id()));
        assertThat(chronology.entriesFor(child.id(), ChronologyFilter.ALL)).extracting(EntryView::summary)
                .contains("Record audited: graded requires improvement to be good",
                        "Audit action done: Update the chronology");
        assertThatThrownBy(() -> as(worker, () -> {
            audits.completeAction(action.id(), action.version() + 1, "again");
            return null;
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anActionMustBeOwnedByTheWorkerOrTheirManagerAndNotDueBeforeTheAudit() {
        assertThatThrownBy(() -> as(auditor, () -> audits.record(child.id(), audit(Grade.GOOD,
                new NewAuditAction("x", auditor, today.plusDays(3))))))
                .hasMessage("quality.audit.error.owner");
        assertThatThrownBy(() -> as(auditor, () -> audits.record(child.id(), audit(Grade.GOOD,
                new NewAuditAction("x", manager, today.minusDays(3))))))
                .hasMessage("quality.audit.error.due");
        assertThat(audits.possibleOwners(child.id())).containsExactly(worker, manager);
    }

    @Test
    void theAuditorCannotModerateTheirOwnAuditAndASecondAuditorsGradeIsTheOneCounted() {
        UUID audit = as(auditor, () -> audits.record(child.id(), audit(Grade.GOOD)));
        long version = audits.find(audit).version();

        assertThatThrownBy(() -> as(auditor, () -> {
            audits.moderate(audit, version, Grade.GOOD, "Agree");
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessage("quality.moderation.error.sameAuditor");

        as(secondAuditor, () -> {
            audits.moderate(audit, version, Grade.REQUIRES_IMPROVEMENT, "Visits were late; not yet good");
            return null;
        });
        AuditView moderated = audits.find(audit);
        assertThat(moderated.grade()).isEqualTo(Grade.GOOD);
        assertThat(moderated.countedGrade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
        assertThat(moderated.disagreed()).isTrue();
        assertThat(moderated.moderator()).isEqualTo(secondAuditor);
        assertThat(chronology.entriesFor(child.id(), ChronologyFilter.ALL)).extracting(EntryView::summary)
                .contains("Audit moderated: grade changed to requires improvement to be good");

        assertThatThrownBy(() -> as(fx.user(Role.QA_AUDITOR, null), () -> {
            audits.moderate(audit, version, Grade.GOOD, "Late second opinion");
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessage("quality.moderation.error.already");
        assertThatThrownBy(() -> as(secondAuditor, () -> {
            audits.moderate(as(auditor, () -> audits.record(child.id(), audit(Grade.GOOD))), 99, Grade.GOOD, "x");
            return null;
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void changingATemplateMakesANewVersionAndOldAuditsKeepTheQuestionsTheyWereAsked() {
        TemplateView before = templates.find(AuditTemplates.PRACTICE_AUDIT);
        assertThat(before.questions()).extracting(QuestionView::text).contains("The plan is SMART");
        TemplateView current = templates.current().stream().filter(t -> t.key().equals("practice-audit"))
                .findFirst().orElseThrow();
        UUID old = as(auditor, () -> audits.record(child.id(), audit(Grade.GOOD)));
        int asked = audits.find(old).answers().size();

        UUID next = as(auditor, () -> templates.addQuestion(current.id(), "Is the child's identity understood? "
                + fx.unique("q"), null, AnswerType.YES_NO_PARTLY));

        TemplateView newer = templates.find(next);
        assertThat(newer.versionNo()).isEqualTo(current.versionNo() + 1);
        assertThat(newer.questions()).hasSize(current.questions().size() + 1);
        assertThat(templates.find(current.id()).current()).isFalse();
        assertThat(audits.find(old).answers()).hasSize(asked);
        assertThat(audits.find(old).templateId()).isEqualTo(current.id());
        assertThatThrownBy(() -> as(auditor, () -> templates.addQuestion(current.id(), "Stale", null,
                AnswerType.GRADE))).hasMessage("quality.template.error.notCurrent");
    }

    @Test
    void aProgrammeSamplesAllocatedChildrenAndTheSameSeedDrawsTheSameSample() {
        UUID first = as(auditor, () -> programmes.create(new NewProgramme(fx.unique("Programme"),
                AuditTemplates.PRACTICE_AUDIT, today, today.plusMonths(3), List.of(auditor, secondAuditor),
                Stratum.KIND_OF_WORK, 6, 99)));
        UUID second = as(auditor, () -> programmes.create(new NewProgramme(fx.unique("Programme"),
                AuditTemplates.PRACTICE_AUDIT, today, today.plusMonths(3), List.of(auditor), Stratum.KIND_OF_WORK, 6,
                99)));
        ProgrammeView p = programmes.find(first);
        assertThat(p.sample()).hasSize(Math.min(6, p.population()));
        assertThat(p.sample()).extracting(ProgrammeView.SampledChild::auditor).containsOnly(auditor, secondAuditor);
        assertThat(programmes.find(second).sample()).extracting(ProgrammeView.SampledChild::childId)
                .containsExactlyInAnyOrderElementsOf(p.sample().stream().map(ProgrammeView.SampledChild::childId)
                        .toList());
        assertThat(p.makeUp().stream().filter(r -> r.dimension() == Stratum.KIND_OF_WORK)
                .mapToInt(MakeUpRow::population).sum()).isEqualTo(p.population());
        assertThat(p.makeUp()).anyMatch(r -> r.dimension() == Stratum.TEAM);
    }

    @Test
    void aPanelDecisionShowsOnTheChildsRecordAndChronology() {
        UUID meeting = as(manager, () -> panels.hold(new NewPanelMeeting(PanelKind.PERMANENCE, null,
                today.minusDays(1), "Head of service", "Team manager, IRO, adoption lead")));
        as(manager, () -> panels.decide(meeting, new NewPanelDecision(child.id(), "Plan for long-term fostering",
                "Reunification has been ruled out", "Match within 3 months")));
        assertThatThrownBy(() -> as(manager, () -> panels.decide(meeting, new NewPanelDecision(child.id(), " ",
                "why", null)))).hasMessage("quality.decision.error.required");
        assertThatThrownBy(() -> as(manager, () -> panels.hold(new NewPanelMeeting(PanelKind.OTHER, " ",
                today, "Chair", "Members")))).hasMessage("quality.panel.error.name");

        assertThat(panels.find(meeting).name()).isEqualTo("Permanence panel");
        List<RecordPanel> shown = contributors.stream().flatMap(c -> c.panels(child.id()).stream())
                .filter(p -> p.titleKey().equals("quality.record.panels")).toList();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).rows().get(0).value()).contains("Permanence panel").contains("long-term fostering");
        assertThat(chronology.entriesFor(child.id(), ChronologyFilter.ALL)).extracting(EntryView::summary)
                .contains("Permanence panel decided: Plan for long-term fostering");
    }

    private NewAudit audit(Grade grade, NewAuditAction... actions) {
        TemplateView template = audits.templateFor(null);
        Map<UUID, String> answers = new HashMap<>();
        Map<UUID, String> comments = new HashMap<>();
        for (QuestionView q : template.questions()) {
            answers.put(q.id(), q.answerType().options().isEmpty() ? null : q.answerType().options().get(0));
            comments.put(q.id(), q.answerType() == AnswerType.FREE_TEXT ? "Some difference" : null);
        }
        return new NewAudit(null, today, answers, comments, "Warm relationship", "Chronology out of date", grade,
                List.of(actions));
    }

    private <T> T as(String username, Supplier<T> work) {
        HearthUser user = fx.signedIn(username);
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
