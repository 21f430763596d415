package hearth.careleavers.domain;

import hearth.careleavers.Activity;
import hearth.careleavers.AdviserAllocationView;
import hearth.careleavers.BirthdayRecordView;
import hearth.careleavers.CarePeriod;
import hearth.careleavers.ContactMethod;
import hearth.careleavers.EntitlementView;
import hearth.careleavers.InTouch;
import hearth.careleavers.LeaverContactView;
import hearth.careleavers.PathwayEventView;
import hearth.careleavers.PathwayStep;
import hearth.shared.Ids;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only history of care leavers: periods of care as projected from children in care (and earlier care),
 * adviser allocations, pathway work, contacts, birthday records and the local offer's entitlements. Rows are never
 * changed, except that a period of care gains its end date.
 */
@Repository
public class LeaverHistory {

    private final JdbcClient jdbc;

    LeaverHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void periodStarted(UUID childId, UUID periodId, LocalDate start, String legalStatus, String by, Instant at) {
        jdbc.sql("""
                insert into leaver_care_period (id, child_id, period_id, start_date, legal_status, earlier,
                recorded_by, recorded_at) values (:id, :child, :period, :start, :ls, false, :by, :at)""")
                .param("id", Ids.next()).param("child", childId).param("period", periodId)
                .param("start", Date.valueOf(start)).param("ls", legalStatus).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    /** Answers false when the period is unknown (it began before care leavers listened). */
    public boolean periodEnded(UUID periodId, LocalDate end, String reason) {
        return jdbc.sql("""
                update leaver_care_period set end_date = :end, reason_ceased = :reason, version = version + 1
                where period_id = :period""")
                .param("end", Date.valueOf(end)).param("reason", reason).param("period", periodId).update() > 0;
    }

    public void earlierCare(UUID childId, UUID periodId, LocalDate from, LocalDate to, String legalStatus,
            String reason, String by, Instant at) {
        jdbc.sql("""
                insert into leaver_care_period (id, child_id, period_id, start_date, end_date, legal_status,
                reason_ceased, earlier, recorded_by, recorded_at)
                values (:id, :child, :period, :start, :end, :ls, :reason, true, :by, :at)""")
                .param("id", Ids.next()).param("child", childId).param("period", periodId)
                .param("start", Date.valueOf(from)).param("end", Date.valueOf(to)).param("ls", legalStatus)
                .param("reason", reason).param("by", by).param("at", Timestamp.from(at)).update();
    }

    public List<CarePeriod> periods(UUID childId) {
        return jdbc.sql("""
                select start_date, end_date, legal_status, reason_ceased, earlier from leaver_care_period
                where child_id = :child order by start_date""").param("child", childId)
                .query((rs, n) -> new CarePeriod(date(rs, 1), date(rs, 2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5))).list();
    }

    public void allocation(UUID id, UUID childId, String adviser, LocalDate from, String reason, String by,
            Instant at) {
        jdbc.sql("""
                insert into leaver_adviser_allocation (id, child_id, adviser, from_date, reason, allocated_by,
                recorded_at) values (:id, :child, :adviser, :from, :reason, :by, :at)""")
                .param("id", id).param("child", childId).param("adviser", adviser).param("from", Date.valueOf(from))
                .param("reason", reason).param("by", by).param("at", Timestamp.from(at)).update();
    }

    public List<AdviserAllocationView> allocations(UUID childId) {
        return jdbc.sql("""
                select adviser, from_date, reason, allocated_by from leaver_adviser_allocation
                where child_id = :child order by from_date desc, recorded_at desc""").param("child", childId)
                .query((rs, n) -> new AdviserAllocationView(rs.getString(1), date(rs, 2), rs.getString(3),
                        rs.getString(4))).list();
    }

    public void pathway(UUID id, UUID childId, PathwayStep step, LocalDate date, String summary, String by,
            Instant at) {
        jdbc.sql("""
                insert into leaver_pathway_event (id, child_id, kind, event_date, summary, recorded_by, recorded_at)
                values (:id, :child, :kind, :date, :summary, :by, :at)""")
                .param("id", id).param("child", childId).param("kind", step.name()).param("date", Date.valueOf(date))
                .param("summary", summary).param("by", by).param("at", Timestamp.from(at)).update();
    }

    public List<PathwayEventView> pathway(UUID childId) {
        return jdbc.sql("""
                select id, kind, event_date, summary, recorded_by from leaver_pathway_event
                where child_id = :child order by event_date desc, recorded_at desc""").param("child", childId)
                .query((rs, n) -> new PathwayEventView(rs.getObject(1, UUID.class),
                        PathwayStep.valueOf(rs.getString(2)), date(rs, 3), rs.getString(4), rs.getString(5))).list();
    }

    /** Each young person's latest pathway plan review on or before {@code asOf}, by child. */
    public Map<UUID, LocalDate> latestPlanReviews(LocalDate asOf) {
        Map<UUID, LocalDate> latest = new HashMap<>();
        jdbc.sql("""
                select child_id, max(event_date) from leaver_pathway_event
                where kind = :kind and event_date <= :asOf group by child_id""")
                .param("kind", PathwayStep.PLAN_REVIEW.name()).param("asOf", Date.valueOf(asOf))
                .query((rs, n) -> latest.put(rs.getObject(1, UUID.class), date(rs, 2))).list();
        return latest;
    }

    public void contact(UUID id, UUID childId, LocalDate date, boolean reached, ContactMethod method, String note,
            String by, Instant at) {
        jdbc.sql("""
                insert into leaver_contact (id, child_id, contact_date, reached, method, note, recorded_by,
                recorded_at) values (:id, :child, :date, :reached, :method, :note, :by, :at)""")
                .param("id", id).param("child", childId).param("date", Date.valueOf(date)).param("reached", reached)
                .param("method", method.name()).param("note", note).param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    public List<LeaverContactView> contacts(UUID childId) {
        return jdbc.sql("""
                select id, contact_date, reached, method, note, recorded_by from leaver_contact
                where child_id = :child order by contact_date desc, recorded_at desc""").param("child", childId)
                .query((rs, n) -> new LeaverContactView(rs.getObject(1, UUID.class), date(rs, 2), rs.getBoolean(3),
                        ContactMethod.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6))).list();
    }

    public void birthday(UUID id, UUID childId, int age, LocalDate birthday, InTouch inTouch, Activity activity,
            String accommodation, LocalDate recordedOn, String by, Instant at) {
        jdbc.sql("""
                insert into leaver_birthday (id, child_id, birthday_age, birthday, in_touch, activity, accommodation,
                recorded_on, recorded_by, recorded_at)
                values (:id, :child, :age, :birthday, :touch, :activity, :accom, :on, :by, :at)""")
                .param("id", id).param("child", childId).param("age", age).param("birthday", Date.valueOf(birthday))
                .param("touch", inTouch.name()).param("activity", activity == null ? null : activity.name())
                .param("accom", accommodation).param("on", Date.valueOf(recordedOn)).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    private static final String BIRTHDAY = """
            select id, child_id, birthday_age, birthday, in_touch, activity, accommodation, recorded_on, recorded_by
            from leaver_birthday""";

    public List<BirthdayRecordView> birthdays(UUID childId) {
        return jdbc.sql(BIRTHDAY + " where child_id = :child order by birthday_age desc, recorded_at desc")
                .param("child", childId).query(LeaverHistory::birthday).list();
    }

    /** The latest record for each young person and birthday falling on or after {@code from} and before {@code to}. */
    public List<BirthdayRecordView> birthdays(LocalDate from, LocalDate to) {
        return jdbc.sql(BIRTHDAY + " b where birthday >= :from and birthday < :to and not exists (select 1 from "
                + "leaver_birthday later where later.child_id = b.child_id and later.birthday_age = b.birthday_age "
                + "and later.recorded_at > b.recorded_at) order by b.birthday, b.child_id")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(LeaverHistory::birthday).list();
    }

    public List<EntitlementView> entitlements() {
        return jdbc.sql("select code, name, active from leaver_entitlement order by name")
                .query((rs, n) -> new EntitlementView(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    public Optional<EntitlementView> entitlement(String code) {
        return entitlements().stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /** Adds an entitlement to the local offer, or renames it and brings it back. */
    public void offer(String code, String name) {
        int changed = jdbc.sql("update leaver_entitlement set name = :name, active = true, version = version + 1 "
                + "where code = :code").param("name", name).param("code", code).update();
        if (changed == 0) {
            jdbc.sql("insert into leaver_entitlement (code, name, active) values (:code, :name, true)")
                    .param("code", code).param("name", name).update();
        }
    }

    public void withdraw(String code) {
        jdbc.sql("update leaver_entitlement set active = false, version = version + 1 where code = :code")
                .param("code", code).update();
    }

    private static BirthdayRecordView birthday(ResultSet rs, int n) throws SQLException {
        String activity = rs.getString(6);
        return new BirthdayRecordView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
                date(rs, 4), InTouch.valueOf(rs.getString(5)), activity == null ? null : Activity.valueOf(activity),
                rs.getString(7), date(rs, 8), rs.getString(9));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
