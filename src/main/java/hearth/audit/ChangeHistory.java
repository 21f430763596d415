package hearth.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Published API: read a record's change history. */
@Service
public class ChangeHistory {

    private final JdbcClient jdbc;

    ChangeHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<ChangeRecord> of(String entityType, UUID entityId) {
        return changes(entityType, entityId, -1);
    }

    /** The changes made after the given version: what someone with a stale form has missed. */
    @Transactional(readOnly = true)
    public List<ChangeRecord> since(String entityType, UUID entityId, long version) {
        return changes(entityType, entityId, version);
    }

    private List<ChangeRecord> changes(String entityType, UUID entityId, long afterVersion) {
        Map<UUID, ChangeRecord> changes = new LinkedHashMap<>();
        jdbc.sql("""
                select c.id, c.occurred_at, c.username, c.entity_version, c.change_kind, f.field, f.before_value, f.after_value
                from change_log c left join change_log_field f on f.change_id = c.id
                where c.entity_type = :type and c.entity_id = :id and c.entity_version > :after
                order by c.occurred_at, c.entity_version, f.position""")
                .param("type", entityType).param("id", entityId).param("after", afterVersion)
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    ChangeRecord record = changes.computeIfAbsent(id, k -> {
                        try {
                            return new ChangeRecord(rs.getTimestamp(2).toInstant(), rs.getString(3), entityType,
                                    entityId, rs.getLong(4), rs.getString(5), new ArrayList<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    if (rs.getString(6) != null) {
                        record.fields().add(new ChangeRecord.FieldChange(rs.getString(6), rs.getString(7), rs.getString(8)));
                    }
                });
        return List.copyOf(changes.values());
    }
}
