package hearth.carehealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hearth.people.PersonSummary;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Convictions and cautions of a looked after child (SSDA903 OC2 CONVICTED): recorded only for a child of 10 or over
 * on the day, and answering the year's CONVICTED item for a child of 10 or over at its end.
 */
@HearthTest
class CareHealthConvictionsTest {

    static final LocalDate YEAR_END = LocalDate.of(2026, 3, 31);

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    CareHealth careHealth;

    Fixtures fx;
    CareJourney journey;
    String worker;
    UUID team;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 4, 10));
        fx = new Fixtures(context);
        journey = new CareJourney(context, fx);
        team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aConvictionRecordForAChildUnderTenOnTheDayIsRefusedAndForAChildOfTenIsKept() {
        PersonSummary nine = lookedAfterChild(LocalDate.of(2016, 6, 1));
        assertThatThrownBy(() -> record(nine, LocalDate.of(2026, 4, 1), CareHealthOutcome.NOT_CONVICTED))
                .hasMessage("carehealth.error.tooYoung.CONVICTION");
        assertThat(careHealth.recordsFor(nine.id())).noneMatch(r -> r.kind() == CareHealthKind.CONVICTION);

        PersonSummary ten = lookedAfterChild(LocalDate.of(2015, 9, 1));
        assertThatThrownBy(() -> record(ten, LocalDate.of(2025, 8, 31), CareHealthOutcome.CONVICTED))
                .hasMessage("carehealth.error.tooYoung.CONVICTION");
        record(ten, LocalDate.of(2025, 9, 1), CareHealthOutcome.CONVICTED);
        assertThat(careHealth.recordsFor(ten.id())).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(CareHealthKind.CONVICTION);
            assertThat(r.outcome()).isEqualTo(CareHealthOutcome.CONVICTED);
        });
    }

    @Test
    void theYearsConvictedItemIsYesIfAnyRecordSaysSoNoIfTheRecordsSayNotAndBlankWithoutOne() {
        PersonSummary child = lookedAfterChild(LocalDate.of(2012, 5, 5));
        assertThat(careHealth.outcomesFor(child.id(), YEAR_END).convicted()).isNull();

        record(child, LocalDate.of(2025, 6, 1), CareHealthOutcome.NOT_CONVICTED);
        Oc2Outcomes no = careHealth.outcomesFor(child.id(), YEAR_END);
        assertThat(no.convicted()).isFalse();
        assertThat(Oc2Outcomes.code(no.convicted())).isEqualTo("0");

        record(child, LocalDate.of(2026, 2, 1), CareHealthOutcome.CONVICTED);
        assertThat(careHealth.outcomesFor(child.id(), YEAR_END).convicted()).isTrue();
        assertThat(careHealth.outcomesFor(child.id(), YEAR_END.minusYears(1)).convicted())
                .as("a record counts only for its own year").isNull();
    }

    @Test
    void aChildUnderTenAtTheYearEndHasNoConvictedItemAndInAYearNotOverAChildStillUnderTenHasNotBeenConvicted() {
        PersonSummary nine = lookedAfterChild(LocalDate.of(2016, 6, 1));
        assertThat(careHealth.outcomesFor(nine.id(), YEAR_END).convicted()).isNull();
        // the year to 31 March 2027 is not over on 10 April 2026; the child turns 10 in it but is 9 today
        assertThat(careHealth.outcomesFor(nine.id(), YEAR_END.plusYears(1)).convicted()).isFalse();
        clock.setDate(LocalDate.of(2026, 6, 2));
        assertThat(careHealth.outcomesFor(nine.id(), YEAR_END.plusYears(1)).convicted())
                .as("10 now: only a record answers").isNull();
    }

    @Test
    void theFormRefusesAChildUnderTenWithAClearMessageAndSavesForAnOlderChild() throws Exception {
        PersonSummary nine = lookedAfterChild(LocalDate.of(2016, 6, 1));
        mvc.perform(get("/children/" + nine.id() + "/care-health").with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Record convictions and cautions"))));
        mvc.perform(post("/children/" + nine.id() + "/care-health/conviction/new").with(user(fx.signedIn(worker)))
                        .with(csrf()).param("entryDateDay", "1").param("entryDateMonth", "4")
                        .param("entryDateYear", "2026").param("byWhom", "Youth justice service")
                        .param("outcome", "NOT_CONVICTED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("recorded only for children aged 10 or over")));

        PersonSummary older = lookedAfterChild(LocalDate.of(2012, 5, 5));
        String path = "/children/" + older.id() + "/care-health/conviction/new";
        mvc.perform(get("/children/" + older.id() + "/care-health").with(user(fx.signedIn(worker))))
                .andExpect(content().string(containsString("Record convictions and cautions")));
        mvc.perform(get(path).with(user(fx.signedIn(worker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("convicted, or given a youth caution")));
        mvc.perform(post(path).with(user(fx.signedIn(worker))).with(csrf())
                        .param("entryDateDay", "1").param("entryDateMonth", "4").param("entryDateYear", "2026")
                        .param("byWhom", "Youth justice service"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select whether the child was convicted or cautioned")));
        mvc.perform(post(path).with(user(fx.signedIn(worker))).with(csrf())
                        .param("entryDateDay", "1").param("entryDateMonth", "4").param("entryDateYear", "2026")
                        .param("byWhom", "Youth justice service").param("outcome", "CONVICTED"))
                .andExpect(status().is3xxRedirection());
        assertThat(careHealth.outcomesFor(older.id(), YEAR_END.plusYears(1)).convicted()).isTrue();
    }

    private PersonSummary lookedAfterChild(LocalDate born) {
        PersonSummary child = fx.child(fx.name("Rio"), "Convictions", born);
        fx.allocate(child.id(), team, worker);
        journey.becameLookedAfter(child.id(), LocalDate.of(2024, 11, 4));
        return child;
    }

    private UUID record(PersonSummary child, LocalDate on, CareHealthOutcome outcome) {
        return journey.as(worker, () -> careHealth.record(child.id(), new NewCareHealthRecord(
                CareHealthKind.CONVICTION, on, "Youth justice service", null, outcome, null, null, null)));
    }
}
