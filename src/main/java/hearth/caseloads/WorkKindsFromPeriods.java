package hearth.caseloads;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the work periods in chunks of a few hundred children: one query per chunk. */
@Component
class WorkKindsFromPeriods implements WorkKinds {

    private static final int CHUNK = 500;
    private final JdbcClient jdbc;

    WorkKindsFromPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Set<WorkKind>> current(Collection<UUID> childIds) {
        return read(childIds, null);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Set<WorkKind>> on(Collection<UUID> childIds, LocalDate date) {
        return read(childIds, date);
    }

    private Map<UUID, Set<WorkKind>> read(Collection<UUID> childIds, LocalDate date) {
        Map<UUID, Set<WorkKind>> kinds = new HashMap<>();
        List<UUID> ids = new ArrayList<>(new java.util.LinkedHashSet<>(childIds));
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<UUID> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            String when = date == null ? "to_date is null"
                    : "from_date <= :on and (to_date is null or to_date > :on)";
            JdbcClient.StatementSpec sql = jdbc.sql("select child_id, kind from work_period where child_id in (:ids) and "
                    + when).param("ids", chunk);
            if (date != null) {
                sql = sql.param("on", date);
            }
            sql.query((rs, n) -> {
                kinds.computeIfAbsent(rs.getObject(1, UUID.class), k -> EnumSet.noneOf(WorkKind.class))
                        .add(WorkKind.valueOf(rs.getString(2)));
                return null;
            }).list();
        }
        return kinds;
    }
}
