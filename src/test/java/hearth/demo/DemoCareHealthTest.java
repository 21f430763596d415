package hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.carehealth.CareHealth;
import hearth.carehealth.CareHealthKind;
import hearth.carehealth.CareHealthRecordView;
import hearth.carehealth.CareJourney;
import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The generator records a looked after child's health and education from when they came into care, as their worker. */
@HearthTest
class DemoCareHealthTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    DemoCareHealth demo;
    @Autowired
    CareHealth careHealth;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aChildInCareForSeventeenMonthsHasAssessmentsPepsAndAnSdqMostlyOnTime() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        clock.setDate(today);
        Fixtures fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        String worker = fx.user(Role.SOCIAL_WORKER, team);
        PersonSummary child = fx.child(fx.name("Demo"), "Incare", LocalDate.of(2015, 1, 1));
        fx.allocate(child.id(), team, worker);
        new CareJourney(context, fx).becameLookedAfter(child.id(), today.minusMonths(17));

        demo.follow(today, new Random(7));

        List<CareHealthRecordView> records = careHealth.recordsFor(child.id());
        assertThat(records).extracting(CareHealthRecordView::kind).contains(CareHealthKind.INITIAL_HEALTH_ASSESSMENT,
                CareHealthKind.REVIEW_HEALTH_ASSESSMENT, CareHealthKind.PEP, CareHealthKind.PEP_REVIEW,
                CareHealthKind.SDQ, CareHealthKind.VIRTUAL_SCHOOL_INFORMED, CareHealthKind.IMMUNISATIONS);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.date()).isBeforeOrEqualTo(today);
            assertThat(r.recordedBy()).isEqualTo(worker);
        });
        // 11 at 31 March 2026 and looked after for the year before it: whether convicted is recorded (OC2 CONVICTED)
        assertThat(records).filteredOn(r -> r.kind() == CareHealthKind.CONVICTION).isNotEmpty();
        assertThat(careHealth.outcomesFor(child.id(), LocalDate.of(2026, 3, 31)).convicted()).isNotNull();
        assertThat(careHealth.dueFor(child.id())).isNotEmpty()
                .allSatisfy(d -> assertThat(d.dueDate()).isAfterOrEqualTo(today.minusDays(40)));
    }
}
