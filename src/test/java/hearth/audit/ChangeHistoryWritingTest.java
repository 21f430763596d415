package hearth.audit;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@HearthTest
class ChangeHistoryWritingTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ChangeHistory history;
    @Autowired
    People people;
    @Autowired
    PlatformTransactionManager transactions;

    Fixtures fx;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(context);
    }

    @Test
    void everyChangeInOneTransactionIsKeptInOrderWithItsFields() {
        UUID id = new TransactionTemplate(transactions).execute(tx -> {
            PersonSummary child = fx.child("Ada", "Historytest", LocalDate.of(2015, 1, 2));
            people.addAlias(child.id(), "Addie", "Historytest");
            people.update(child.id(), people.editable(child.id()).version(),
                    Fixtures.details("Ada", "Historytest", LocalDate.of(2015, 1, 3)));
            return child.id();
        });
        var changes = history.of("person", id);
        assertThat(changes).extracting(ChangeRecord::change).startsWith("CREATED");
        assertThat(changes).last().satisfies(last -> assertThat(last.fields())
                .anyMatch(f -> f.field().equals("dateOfBirth") && "2015-01-02".equals(f.before())
                        && "2015-01-03".equals(f.after())));
    }

    @Test
    void aTransactionThatRollsBackLeavesNoHistory() {
        UUID[] made = new UUID[1];
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            made[0] = fx.child("Ben", "Historytest", LocalDate.of(2016, 5, 6)).id();
            tx.setRollbackOnly();
        });
        assertThat(history.of("person", made[0])).isEmpty();
        PersonSummary kept = fx.child("Cal", "Historytest", LocalDate.of(2017, 7, 8));
        assertThat(history.of("person", kept.id())).extracting(ChangeRecord::change).containsExactly("CREATED");
    }
}
