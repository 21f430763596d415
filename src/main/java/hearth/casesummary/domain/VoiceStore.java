package hearth.casesummary.domain;

import hearth.shared.Ids;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** This context's own copy of what looked after children said at their reviews, once per review. */
@Repository
public class VoiceStore {

    private final JdbcClient jdbc;

    VoiceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The child's words at one looked after child review. */
    public record CareReviewWords(UUID childId, UUID reviewId, LocalDate heldOn, String participation, String words) {
    }

    public void keep(CareReviewWords words, Instant at) {
        boolean known = jdbc.sql("select count(*) from care_review_voice where review_id = ?")
                .param(words.reviewId()).query(Long.class).single() > 0;
        if (known) {
            return;
        }
        jdbc.sql("insert into care_review_voice (id, child_id, review_id, held_on, participation, words, recorded_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)").params(Ids.next(), words.childId(), words.reviewId(),
                        Date.valueOf(words.heldOn()), words.participation(), words.words(), Timestamp.from(at))
                .update();
    }

    public List<CareReviewWords> forChild(UUID childId) {
        return jdbc.sql("select * from care_review_voice where child_id = ? order by held_on").param(childId)
                .query((rs, n) -> new CareReviewWords(rs.getObject("child_id", UUID.class),
                        rs.getObject("review_id", UUID.class), rs.getDate("held_on").toLocalDate(),
                        rs.getString("participation"), rs.getString("words")))
                .list();
    }
}
