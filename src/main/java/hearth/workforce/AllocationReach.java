package hearth.workforce;

import hearth.security.HearthUser;
import hearth.security.RecordReach;
import hearth.security.Role;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A worker reaches the children allocated to them or their team; a manager those of any team in
 * their service.
 */
@Component
class AllocationReach implements RecordReach {

    private final JdbcClient jdbc;

    AllocationReach(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean reaches(HearthUser user, UUID childId) {
        if (user.role().reach() == Role.Reach.SERVICE) {
            return jdbc.sql("""
                    select count(*) from allocation a
                    join team t on t.id = a.team_id
                    join team mine on mine.service_id = t.service_id
                    join worker w on w.team_id = mine.id
                    where a.child_id = :child and a.allocated_to is null and w.username = :username""")
                    .param("child", childId).param("username", user.getUsername()).query(Long.class).single() > 0;
        }
        return jdbc.sql("""
                select count(*) from allocation a
                where a.child_id = :child and a.allocated_to is null
                  and (a.worker_username = :username
                       or a.team_id in (select w.team_id from worker w where w.username = :username))""")
                .param("child", childId).param("username", user.getUsername()).query(Long.class).single() > 0;
    }
}
