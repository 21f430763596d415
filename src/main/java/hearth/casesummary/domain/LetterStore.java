package hearth.casesummary.domain;

import hearth.casesummary.LetterStatus;
import hearth.casesummary.LetterView;
import hearth.shared.Ids;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

/**
 * Letters to children after their reviews. Edits and finalising name the version the IRO saw; a final letter's row
 * is never updated again (the updates only touch drafts).
 */
@Repository
public class LetterStore {

    private final JdbcClient jdbc;

    LetterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Drafts the letter for a review unless one exists; answers whether it drafted one. */
    public Optional<UUID> draft(UUID childId, UUID reviewId, LocalDate reviewDate, String chairedBy, String body,
            Instant at) {
        if (jdbc.sql("select count(*) from child_letter where review_id = ?").param(reviewId).query(Long.class)
                .single() > 0) {
            return Optional.empty();
        }
        UUID id = Ids.next();
        jdbc.sql("insert into child_letter (id, child_id, review_id, review_date, chaired_by, body, status, drafted_at, "
                + "version) values (?, ?, ?, ?, ?, ?, 'DRAFT', ?, 0)").params(id, childId, reviewId,
                        Date.valueOf(reviewDate), chairedBy, body, Timestamp.from(at)).update();
        return Optional.of(id);
    }

    public Optional<LetterView> find(UUID id) {
        return jdbc.sql("select * from child_letter where id = ?").param(id).query(LetterStore::row).optional();
    }

    public List<LetterView> forChild(UUID childId) {
        return jdbc.sql("select * from child_letter where child_id = ? order by review_date desc, drafted_at desc")
                .param(childId).query(LetterStore::row).list();
    }

    /** Drafts awaiting an IRO, oldest review first. */
    public List<LetterView> drafts() {
        return jdbc.sql("select * from child_letter where status = 'DRAFT' order by review_date")
                .query(LetterStore::row).list();
    }

    public void edit(UUID id, long seenVersion, String body, String by, Instant at) {
        int changed = jdbc.sql("update child_letter set body = ?, edited_by = ?, edited_at = ?, version = version + 1 "
                + "where id = ? and version = ? and status = 'DRAFT'")
                .params(body, by, Timestamp.from(at), id, seenVersion).update();
        refuseIfStale(changed, id);
    }

    public void finalise(UUID id, long seenVersion, String by, Instant at) {
        int changed = jdbc.sql("update child_letter set status = 'FINAL', finalised_by = ?, finalised_at = ?, "
                + "version = version + 1 where id = ? and version = ? and status = 'DRAFT'")
                .params(by, Timestamp.from(at), id, seenVersion).update();
        refuseIfStale(changed, id);
    }

    private static void refuseIfStale(int changed, UUID id) {
        if (changed != 1) {
            throw new ObjectOptimisticLockingFailureException("letter to the child", id);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static LetterView row(ResultSet rs, int n) throws SQLException {
        return new LetterView(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                rs.getObject("review_id", UUID.class), rs.getDate("review_date").toLocalDate(),
                rs.getString("chaired_by"), rs.getString("body"), LetterStatus.valueOf(rs.getString("status")),
                instant(rs, "drafted_at"), rs.getString("edited_by"), instant(rs, "edited_at"),
                rs.getString("finalised_by"), instant(rs, "finalised_at"), rs.getLong("version"));
    }
}
