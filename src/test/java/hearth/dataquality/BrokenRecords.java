package hearth.dataquality;

import hearth.frontdoor.ReferralMade;
import hearth.frontdoor.ReferralSource;
import hearth.people.PersonSummary;
import hearth.support.Fixtures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Children in need this collection year whose record breaks a DfE rule on purpose: a UPN whose characters 2-4 are
 * no LA code (rule 1530), put straight into the table as an old import would have left it.
 */
final class BrokenRecords {

    private BrokenRecords() {
    }

    /** A child referred today, allocated to {@code team}, with UPN {@code A999...} (rule 1530). */
    static PersonSummary childWithBadUpn(ApplicationContext context, Fixtures fx, UUID team, String worker) {
        PersonSummary child = fx.child(fx.name("Dq"), fx.name("Broken"), LocalDate.of(2015, 6, 1));
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        context.publishEvent(new ReferralMade(child.id(), UUID.randomUUID(), today, ReferralSource.values()[0], false));
        fx.allocate(child.id(), team, worker);
        context.getBean(JdbcClient.class).sql("update person set upn = 'A999123456780' where id = :id")
                .param("id", child.id()).update();
        return child;
    }
}
