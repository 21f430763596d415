package hearth.quality.domain;

import hearth.quality.NewPanelDecision;
import hearth.quality.NewPanelMeeting;
import hearth.quality.PanelDecisionView;
import hearth.quality.PanelKind;
import hearth.quality.PanelMeetingView;
import hearth.shared.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Panel meetings and the decisions they made on each child. Decisions are only ever added. */
@Repository
public class PanelStore {

    private static final String DECISIONS = "select d.*, m.kind, m.name, m.held_on from quality_panel_decision d "
            + "join quality_panel_meeting m on m.id = d.meeting_id ";
    private final JdbcClient jdbc;

    PanelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID create(NewPanelMeeting m, String name, String by, Instant at) {
        UUID id = Ids.next();
        jdbc.sql("insert into quality_panel_meeting (id, kind, name, held_on, chair, members, recorded_by, recorded_at, "
                + "version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(id, m.kind().name(), name, m.heldOn(), m.chair(), m.members(), by, Timestamp.from(at))
                .update();
        return id;
    }

    public UUID decide(UUID meetingId, NewPanelDecision d, String by, Instant at) {
        UUID id = Ids.next();
        jdbc.sql("insert into quality_panel_decision (id, meeting_id, child_id, decision, rationale, actions, "
                + "recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, meetingId, d.childId(), d.decision(), d.rationale(), d.actions(), by, Timestamp.from(at))
                .update();
        return id;
    }

    public Optional<PanelMeetingView> find(UUID id) {
        return jdbc.sql("select * from quality_panel_meeting where id = ?").param(id)
                .query((rs, n) -> meeting(rs, decisions(id))).optional();
    }

    /** Every meeting, latest first, with its decisions. */
    public List<PanelMeetingView> all() {
        return jdbc.sql("select id from quality_panel_meeting order by held_on desc, recorded_at desc")
                .query(UUID.class).list().stream().map(id -> find(id).orElseThrow()).toList();
    }

    /** A child's panel decisions, latest first. */
    public List<PanelDecisionView> forChild(UUID childId) {
        return jdbc.sql(DECISIONS + "where d.child_id = ? order by m.held_on desc, d.recorded_at desc").param(childId)
                .query(PanelStore::decision).list();
    }

    private List<PanelDecisionView> decisions(UUID meetingId) {
        return jdbc.sql(DECISIONS + "where d.meeting_id = ? order by d.recorded_at").param(meetingId)
                .query(PanelStore::decision).list();
    }

    private static PanelMeetingView meeting(ResultSet rs, List<PanelDecisionView> decisions) throws SQLException {
        return new PanelMeetingView(rs.getObject("id", UUID.class), PanelKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getObject("held_on", LocalDate.class), rs.getString("chair"),
                rs.getString("members"), rs.getString("recorded_by"), decisions);
    }

    private static PanelDecisionView decision(ResultSet rs, int n) throws SQLException {
        return new PanelDecisionView(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                rs.getObject("child_id", UUID.class), PanelKind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getObject("held_on", LocalDate.class), rs.getString("decision"), rs.getString("rationale"),
                rs.getString("actions"), rs.getString("recorded_by"));
    }
}
