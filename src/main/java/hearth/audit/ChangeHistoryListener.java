package hearth.audit;

import hearth.shared.Ids;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Writes a change-history row, in the same transaction, for every insert and update of an entity
 * marked {@link KeepsHistory}: who, when, the entity's version, and each field before and after.
 */
class ChangeHistoryListener implements PostInsertEventListener, PostUpdateEventListener {

    private static final int MAX_VALUE = 2000;
    private final Clock clock;

    ChangeHistoryListener(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        KeepsHistory kept = event.getEntity().getClass().getAnnotation(KeepsHistory.class);
        if (kept != null) {
            write(event.getSession(), event.getPersister(), kept.value(), event.getId(), "CREATED",
                    null, event.getState());
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        KeepsHistory kept = event.getEntity().getClass().getAnnotation(KeepsHistory.class);
        if (kept != null) {
            String change = isVoiding(event) ? "VOIDED" : "UPDATED";
            write(event.getSession(), event.getPersister(), kept.value(), event.getId(), change,
                    event.getOldState(), event.getState());
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static boolean isVoiding(PostUpdateEvent event) {
        String[] names = event.getPersister().getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals("voided") && Boolean.TRUE.equals(event.getState()[i])
                    && event.getOldState() != null && !Boolean.TRUE.equals(event.getOldState()[i])) {
                return true;
            }
        }
        return false;
    }

    private void write(SharedSessionContractImplementor session, EntityPersister persister, String type, Object id,
            String change, Object[] before, Object[] after) {
        String[] names = persister.getPropertyNames();
        int versionIndex = persister.isVersioned() ? persister.getVersionPropertyIndex() : -1;
        long version = versionIndex >= 0 && after[versionIndex] instanceof Number n ? n.longValue() : 0;
        List<String[]> fields = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (i == versionIndex || after[i] instanceof Collection<?> || after[i] instanceof Map<?, ?>) {
                continue;
            }
            String old = before == null ? null : text(before[i]);
            String now = text(after[i]);
            if (!Objects.equals(old, now)) {
                fields.add(new String[] {names[i], old, now});
            }
        }
        if (fields.isEmpty() && !change.equals("CREATED")) {
            return;
        }
        UUID changeId = Ids.next();
        Instant at = clock.instant();
        String username = Actor.username();
        session.doWork(connection -> {
            try (PreparedStatement head = connection.prepareStatement("""
                    insert into change_log (id, occurred_at, username, entity_type, entity_id, entity_version, change_kind)
                    values (?, ?, ?, ?, ?, ?, ?)""")) {
                head.setObject(1, changeId);
                head.setTimestamp(2, Timestamp.from(at));
                head.setString(3, username);
                head.setString(4, type);
                head.setObject(5, id);
                head.setLong(6, version);
                head.setString(7, change);
                head.executeUpdate();
            }
            try (PreparedStatement field = connection.prepareStatement("""
                    insert into change_log_field (change_id, position, field, before_value, after_value)
                    values (?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < fields.size(); i++) {
                    field.setObject(1, changeId);
                    field.setInt(2, i);
                    field.setString(3, fields.get(i)[0]);
                    field.setString(4, fields.get(i)[1]);
                    field.setString(5, fields.get(i)[2]);
                    field.addBatch();
                }
                field.executeBatch();
            }
        });
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof Enum<?> e ? e.name() : String.valueOf(value);
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) : text;
    }
}
