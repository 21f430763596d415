package hearth.inspection.domain;

import hearth.inspection.InspectionGrade;
import hearth.inspection.ImprovementPoint;
import hearth.inspection.InspectionKind;
import hearth.inspection.InspectionView;
import hearth.inspection.JudgementArea;
import hearth.inspection.NewInspection;
import hearth.shared.Ids;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

/** Inspections, their judgements and their points. A voided inspection is kept but no longer listed. */
@Repository
public class InspectionStore {

    private final JdbcClient jdbc;

    InspectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(NewInspection in, String by, Instant at) {
        UUID id = Ids.next();
        jdbc.sql("insert into inspection (id, kind, start_date, end_date, published_on, lead_inspector, "
                + "other_inspectors, report_url, summary, recorded_by, recorded_at, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(id, in.kind().name(), Date.valueOf(in.startDate()), date(in.endDate()),
                        date(in.publishedOn()), in.leadInspector(), in.otherInspectors(), in.reportUrl(),
                        in.summary(), by, Timestamp.from(at))
                .update();
        in.judgements().forEach((area, grade) -> jdbc.sql(
                "insert into inspection_judgement (id, inspection_id, area, grade) values (?, ?, ?, ?)")
                .params(Ids.next(), id, area.name(), grade.name()).update());
        in.points().forEach(p -> addPoint(id, p, by, at));
        return id;
    }

    public UUID addPoint(UUID inspectionId, String body, String by, Instant at) {
        int next = jdbc.sql("select coalesce(max(position), 0) from improvement_point where inspection_id = ?")
                .param(inspectionId).query(Integer.class).single() + 1;
        UUID id = Ids.next();
        jdbc.sql("insert into improvement_point (id, inspection_id, position, body, recorded_by, recorded_at) "
                + "values (?, ?, ?, ?, ?, ?)").params(id, inspectionId, next, body, by, Timestamp.from(at)).update();
        return id;
    }

    public void voidInspection(UUID id, long seenVersion, String reason, String by, Instant at) {
        int changed = jdbc.sql("update inspection set voided_reason = ?, voided_by = ?, voided_at = ?, "
                + "version = version + 1 where id = ? and version = ? and voided_at is null")
                .params(reason, by, Timestamp.from(at), id, seenVersion).update();
        if (changed != 1) {
            throw new ObjectOptimisticLockingFailureException("inspection", id);
        }
    }

    /** An inspection that has not been voided. */
    public Optional<InspectionView> find(UUID id) {
        return jdbc.sql("select * from inspection where id = ? and voided_at is null").param(id)
                .query(this::row).optional();
    }

    /** Every inspection not voided, oldest first. */
    public List<InspectionView> all() {
        return jdbc.sql("select * from inspection where voided_at is null order by start_date, recorded_at")
                .query(this::row).list();
    }

    public Optional<ImprovementPoint> point(UUID pointId) {
        return jdbc.sql("select * from improvement_point where id = ?").param(pointId)
                .query(InspectionStore::point).optional();
    }

    private List<ImprovementPoint> points(UUID inspectionId) {
        return jdbc.sql("select * from improvement_point where inspection_id = ? order by position")
                .param(inspectionId).query(InspectionStore::point).list();
    }

    private Map<JudgementArea, InspectionGrade> judgements(UUID inspectionId) {
        Map<JudgementArea, InspectionGrade> found = new EnumMap<>(JudgementArea.class);
        jdbc.sql("select area, grade from inspection_judgement where inspection_id = ?").param(inspectionId)
                .query((rs, n) -> found.put(JudgementArea.valueOf(rs.getString(1)), InspectionGrade.valueOf(rs.getString(2))))
                .list();
        return found;
    }

    private InspectionView row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new InspectionView(id, InspectionKind.valueOf(rs.getString("kind")), local(rs, "start_date"),
                local(rs, "end_date"), local(rs, "published_on"), rs.getString("lead_inspector"),
                rs.getString("other_inspectors"), rs.getString("report_url"), rs.getString("summary"),
                judgements(id), points(id), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
                rs.getLong("version"));
    }

    private static ImprovementPoint point(ResultSet rs, int n) throws SQLException {
        return new ImprovementPoint(rs.getObject("id", UUID.class), rs.getObject("inspection_id", UUID.class),
                rs.getInt("position"), rs.getString("body"));
    }

    private static LocalDate local(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
