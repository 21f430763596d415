package hearth.quality.domain;

import hearth.quality.AnswerType;
import hearth.quality.QuestionView;
import hearth.quality.TemplateView;
import hearth.shared.Ids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

/** Audit templates, one row per version, and their questions. A version's questions never change once written. */
@Repository
public class TemplateStore {

    private final JdbcClient jdbc;

    TemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TemplateView> find(UUID id) {
        return jdbc.sql("select * from quality_template where id = ?").param(id)
                .query((rs, n) -> new TemplateView(rs.getObject("id", UUID.class), rs.getString("template_key"),
                        rs.getString("name"), rs.getInt("version_no"), rs.getBoolean("current_version"), List.of()))
                .optional().map(t -> new TemplateView(t.id(), t.key(), t.name(), t.versionNo(), t.current(),
                        questions(t.id())));
    }

    /** The current version of every template, by name. */
    public List<TemplateView> current() {
        return jdbc.sql("select id from quality_template where current_version = true order by name")
                .query(UUID.class).list().stream().map(id -> find(id).orElseThrow()).toList();
    }

    /**
     * Writes a new current version of the template with these questions, over the version the user saw; the old
     * version stays for the audits that used it.
     */
    public UUID newVersion(TemplateView seen, List<QuestionView> questions, String by, Instant at) {
        int changed = jdbc.sql("update quality_template set current_version = false, version = version + 1 "
                + "where id = ? and current_version = true").param(seen.id()).update();
        if (changed != 1) {
            throw new ObjectOptimisticLockingFailureException("audit template", seen.id());
        }
        UUID id = Ids.next();
        jdbc.sql("insert into quality_template (id, template_key, name, version_no, current_version, created_by, "
                + "created_at, version) values (?, ?, ?, ?, true, ?, ?, 0)")
                .params(id, seen.key(), seen.name(), seen.versionNo() + 1, by, Timestamp.from(at)).update();
        int position = 1;
        for (QuestionView q : questions) {
            jdbc.sql("insert into quality_question (id, template_id, position, text, hint, answer_type) "
                    + "values (?, ?, ?, ?, ?, ?)")
                    .params(Ids.next(), id, position++, q.text(), q.hint(), q.answerType().name()).update();
        }
        return id;
    }

    private List<QuestionView> questions(UUID templateId) {
        return jdbc.sql("select * from quality_question where template_id = ? order by position").param(templateId)
                .query((rs, n) -> new QuestionView(rs.getObject("id", UUID.class), rs.getInt("position"),
                        rs.getString("text"), rs.getString("hint"), AnswerType.valueOf(rs.getString("answer_type"))))
                .list();
    }
}
