package hearth.audit;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * The change-history rows of one transaction, written in two JDBC batches (the changes, then their fields) as the
 * transaction completes; on PostgreSQL each batch goes as one multi-row insert.
 */
final class PendingChanges {

    private final List<PendingChange> changes = new ArrayList<>();
    private final Runnable onDone;

    PendingChanges(Runnable onDone) {
        this.onDone = onDone;
    }

    void add(PendingChange change) {
        changes.add(change);
    }

    void write(SharedSessionContractImplementor session) {
        List<PendingChange> writing = List.copyOf(changes);
        changes.clear();
        onDone.run();
        if (writing.isEmpty()) {
            return;
        }
        session.doWork(connection -> {
            try (PreparedStatement head = connection.prepareStatement("""
                    insert into change_log (id, occurred_at, username, entity_type, entity_id, entity_version, change_kind)
                    values (?, ?, ?, ?, ?, ?, ?)""")) {
                for (PendingChange change : writing) {
                    head.setObject(1, change.id());
                    head.setTimestamp(2, Timestamp.from(change.at()));
                    head.setString(3, change.username());
                    head.setString(4, change.entityType());
                    head.setObject(5, change.entityId());
                    head.setLong(6, change.version());
                    head.setString(7, change.kind());
                    head.addBatch();
                }
                head.executeBatch();
            }
            try (PreparedStatement field = connection.prepareStatement("""
                    insert into change_log_field (change_id, position, field, before_value, after_value)
                    values (?, ?, ?, ?, ?)""")) {
                int rows = 0;
                for (PendingChange change : writing) {
                    for (int i = 0; i < change.fields().size(); i++) {
                        field.setObject(1, change.id());
                        field.setInt(2, i);
                        field.setString(3, change.fields().get(i)[0]);
                        field.setString(4, change.fields().get(i)[1]);
                        field.setString(5, change.fields().get(i)[2]);
                        field.addBatch();
                        rows++;
                    }
                }
                if (rows > 0) {
                    field.executeBatch();
                }
            }
        });
    }

    void discard() {
        changes.clear();
        onDone.run();
    }
}
