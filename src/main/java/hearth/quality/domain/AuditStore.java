package hearth.quality.domain;

import hearth.quality.AnswerType;
import hearth.quality.AnswerView;
import hearth.quality.AuditActionStatus;
import hearth.quality.AuditActionView;
import hearth.quality.AuditView;
import hearth.quality.Grade;
import hearth.shared.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

/** Case audits with their answers and actions. Audits are moderated and actions completed over the version seen. */
@Repository
public class AuditStore {

    private static final String ANSWERS = "select a.audit_id, q.id, q.position, q.text, q.answer_type, a.answer, "
            + "a.comment_text from quality_answer a join quality_question q on q.id = a.question_id ";
    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The audit itself as recorded (without answers and actions, which are added after). */
    public record Header(UUID programmeId, UUID templateId, UUID childId, String team, String worker, String manager,
            String auditor, LocalDate auditedOn, Grade grade, String strengths, String improvements) {
    }

    public UUID create(Header h, Instant at) {
        UUID id = Ids.next();
        jdbc.sql("insert into quality_audit (id, programme_id, template_id, child_id, team_name, worker, manager, "
                + "auditor, audited_on, grade, strengths, improvements, recorded_at, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(id, h.programmeId(), h.templateId(), h.childId(), h.team(), h.worker(), h.manager(),
                        h.auditor(), h.auditedOn(), h.grade().name(), h.strengths(), h.improvements(),
                        Timestamp.from(at))
                .update();
        return id;
    }

    public void answer(UUID auditId, UUID questionId, String answer, String comment) {
        jdbc.sql("insert into quality_answer (id, audit_id, question_id, answer, comment_text) values (?, ?, ?, ?, ?)")
                .params(Ids.next(), auditId, questionId, answer, comment).update();
    }

    public UUID addAction(UUID auditId, UUID childId, String description, String owner, LocalDate dueOn) {
        UUID id = Ids.next();
        jdbc.sql("insert into quality_action (id, audit_id, child_id, description, owner, due_on, status, version) "
                + "values (?, ?, ?, ?, ?, ?, 'OPEN', 0)").params(id, auditId, childId, description, owner, dueOn)
                .update();
        return id;
    }

    public void linkObligation(UUID actionId, UUID obligationId) {
        jdbc.sql("update quality_action set obligation_id = ? where id = ?").params(obligationId, actionId).update();
    }

    public Optional<UUID> obligationOf(UUID actionId) {
        return jdbc.sql("select obligation_id from quality_action where id = ? and obligation_id is not null")
                .param(actionId).query(UUID.class).optional();
    }

    public void moderate(UUID auditId, long seenVersion, Grade grade, String moderator, String rationale,
            LocalDate on) {
        int changed = jdbc.sql("update quality_audit set moderated_grade = ?, moderator = ?, moderation_rationale = ?, "
                + "moderated_on = ?, version = version + 1 where id = ? and version = ? and moderator is null")
                .params(grade.name(), moderator, rationale, on, auditId, seenVersion).update();
        if (changed != 1) {
            throw new ObjectOptimisticLockingFailureException("audit", auditId);
        }
    }

    public void complete(UUID actionId, long seenVersion, String evidence, String by, LocalDate on) {
        int changed = jdbc.sql("update quality_action set status = 'DONE', evidence = ?, completed_by = ?, "
                + "completed_on = ?, version = version + 1 where id = ? and version = ? and status = 'OPEN'")
                .params(evidence, by, on, actionId, seenVersion).update();
        if (changed != 1) {
            throw new ObjectOptimisticLockingFailureException("audit action", actionId);
        }
    }

    public Optional<AuditView> find(UUID id) {
        return where("id = ?", id).stream().findFirst();
    }

    public List<AuditView> forChild(UUID childId) {
        return where("child_id = ?", childId);
    }

    public List<AuditView> forProgramme(UUID programmeId) {
        return where("programme_id = ?", programmeId);
    }

    /** Every audit (not voided) done from {@code from} to {@code to} inclusive, with answers and actions. */
    public List<AuditView> between(LocalDate from, LocalDate to) {
        List<AuditView> headers = jdbc.sql("select * from quality_audit where voided_reason is null and audited_on "
                + "between ? and ? order by audited_on, id").params(from, to).query(AuditStore::audit).list();
        Map<UUID, List<AnswerView>> answers = new HashMap<>();
        jdbc.sql(ANSWERS + "join quality_audit x on x.id = a.audit_id where x.voided_reason is null and x.audited_on "
                + "between ? and ? order by q.position").params(from, to)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), answer(rs))).list()
                .forEach(e -> answers.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return headers.stream().map(a -> with(a, answers.getOrDefault(a.id(), List.of()), List.of())).toList();
    }

    public Optional<AuditActionView> action(UUID id) {
        return jdbc.sql("select * from quality_action where id = ?").param(id).query(AuditStore::action).optional();
    }

    /** Open actions due before {@code day}, soonest first. */
    public List<AuditActionView> openActions() {
        return jdbc.sql("select * from quality_action where status = 'OPEN' order by due_on, id")
                .query(AuditStore::action).list();
    }

    private List<AuditView> where(String condition, UUID value) {
        return jdbc.sql("select * from quality_audit where voided_reason is null and " + condition
                + " order by audited_on desc, recorded_at desc").param(value).query(AuditStore::audit).list()
                .stream().map(a -> with(a, answers(a.id()), actions(a.id()))).toList();
    }

    private List<AnswerView> answers(UUID auditId) {
        return jdbc.sql(ANSWERS + "where a.audit_id = ? order by q.position").param(auditId)
                .query((rs, n) -> answer(rs)).list();
    }

    private List<AuditActionView> actions(UUID auditId) {
        return jdbc.sql("select * from quality_action where audit_id = ? order by due_on, id").param(auditId)
                .query(AuditStore::action).list();
    }

    private static AuditView with(AuditView a, List<AnswerView> answers, List<AuditActionView> actions) {
        return new AuditView(a.id(), a.programmeId(), a.templateId(), a.childId(), a.team(), a.worker(), a.manager(),
                a.auditor(), a.auditedOn(), a.grade(), a.strengths(), a.improvements(), a.moderatedGrade(),
                a.moderator(), a.moderationRationale(), a.moderatedOn(), answers, actions, a.version());
    }

    private static AnswerView answer(ResultSet rs) throws SQLException {
        return new AnswerView(rs.getObject(2, UUID.class), rs.getInt(3), rs.getString(4),
                AnswerType.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7));
    }

    private static AuditView audit(ResultSet rs, int n) throws SQLException {
        String moderated = rs.getString("moderated_grade");
        return new AuditView(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class),
                rs.getObject("template_id", UUID.class), rs.getObject("child_id", UUID.class),
                rs.getString("team_name"), rs.getString("worker"), rs.getString("manager"), rs.getString("auditor"),
                rs.getObject("audited_on", LocalDate.class), Grade.valueOf(rs.getString("grade")),
                rs.getString("strengths"), rs.getString("improvements"),
                moderated == null ? null : Grade.valueOf(moderated), rs.getString("moderator"),
                rs.getString("moderation_rationale"), rs.getObject("moderated_on", LocalDate.class), List.of(),
                List.of(), rs.getLong("version"));
    }

    private static AuditActionView action(ResultSet rs, int n) throws SQLException {
        return new AuditActionView(rs.getObject("id", UUID.class), rs.getObject("audit_id", UUID.class),
                rs.getObject("child_id", UUID.class), rs.getString("description"), rs.getString("owner"),
                rs.getObject("due_on", LocalDate.class), AuditActionStatus.valueOf(rs.getString("status")),
                rs.getString("evidence"), rs.getObject("completed_on", LocalDate.class), rs.getString("completed_by"),
                rs.getLong("version"));
    }
}
