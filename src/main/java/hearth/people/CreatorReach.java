package hearth.people;

import hearth.security.HearthUser;
import hearth.security.RecordReach;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whoever recorded a child can open what they recorded, before the work is allocated anywhere. */
@Component
class CreatorReach implements RecordReach {

    private final JdbcClient jdbc;

    CreatorReach(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean reaches(HearthUser user, UUID childId) {
        return jdbc.sql("select count(*) from person where id = :id and created_by = :username")
                .param("id", childId).param("username", user.getUsername()).query(Long.class).single() > 0;
    }
}
