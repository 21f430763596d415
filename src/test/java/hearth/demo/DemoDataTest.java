package hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.people.NhsNumber;
import hearth.people.PersonSummary;
import hearth.people.Upn;
import hearth.security.Accounts;
import hearth.security.Role;
import hearth.security.UserAccount;
import hearth.support.HearthTest;
import hearth.workforce.Workforce;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@HearthTest
class DemoDataTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Workforce workforce;
    @Autowired
    DemoFamilies families;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    hearth.frontdoor.FrontDoor frontDoor;

    @Test
    void demoModeCreatesOneDemoAccountPerRolePlacedInTeams() {
        List<UserAccount> demo = accounts.enabledDemoAccounts();
        assertThat(demo).extracting(UserAccount::getRole).containsAll(Arrays.asList(Role.values()));
        assertThat(demo).extracting(UserAccount::getUsername).contains("sw.demo", "fw.demo", "tm.demo", "sm.demo",
                "iro.demo", "pa.demo", "lado.demo", "front.demo", "perf.demo", "qa.demo", "dcs.demo", "inspector.demo", "admin.demo");
        assertThat(workforce.teamOf("sw.demo")).get().extracting(t -> t.managerUsername()).isEqualTo("tm.demo");
    }

    @Test
    void theDemoSocialWorkerHoldsChildrenAndSomeRecordsAreRestricted() {
        long held = jdbc.sql("select count(*) from allocation where worker_username = 'sw.demo' and allocated_to is null")
                .query(Long.class).single();
        assertThat(held).isPositive();
        long restricted = jdbc.sql("select count(*) from record_restriction where lifted = false").query(Long.class).single();
        assertThat(restricted).isPositive();
    }

    @Test
    void recentContactsAwaitADecisionThroughTheFrontDoor() {
        assertThat(frontDoor.awaitingDecision()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.awaitingDecision()).isTrue());
    }

    @Test
    void theDemoYearOfJourneysRunsThroughEveryContextAsRecordedWork() {
        long contacts = count("select count(*) from contact where recorded_by <> 'hearth.generator'");
        long referrals = count("select count(*) from referral");
        assertThat(contacts).isGreaterThan(referrals);
        assertThat(referrals).isPositive();
        assertThat(count("select count(*) from assessment where status = 'AUTHORISED'")).isPositive();
        assertThat(count("select count(*) from assessment_visit where seen_alone = true")).isPositive();
        assertThat(count("select count(*) from cin_episode")).isPositive();
        assertThat(count("select count(*) from cin_closure where closed_on is not null")).isPositive();
        assertThat(count("select count(*) from early_help_episode")).isPositive();
        assertThat(count("select count(*) from information_request where responded_at is not null")).isPositive();
        assertThat(count("select count(*) from obligation where met_at is not null")).isPositive();
        assertThat(count("select count(*) from obligation where days_late > 0")).as("some work is late").isPositive();
        assertThat(count("select count(*) from missing_episode where ended_at is not null")).as("missing episodes")
                .isPositive();
        assertThat(count("select count(*) from missing_episode where interview_status = 'HELD'")).isPositive();
    }

    @Test
    void theDemoHistoryHasChildrenInCareWithTheirPlacementsReviewsVisitsHealthAndCareLeavers() {
        assertThat(count("select count(*) from cic_period")).as("periods of care").isPositive();
        assertThat(count("select count(*) from cic_period where end_date is null")).as("looked after now").isPositive();
        assertThat(count("select count(*) from cic_placement where reason_for_change is not null")).as("moves")
                .isPositive();
        assertThat(count("select count(*) from cic_review")).as("IRO reviews").isPositive();
        assertThat(count("select count(*) from cic_visit where seen_alone = true")).as("visits").isPositive();
        assertThat(count("select count(*) from care_health_entry")).as("health and education").isPositive();
        assertThat(count("select count(*) from care_leaver")).as("care leavers").isPositive();
        assertThat(count("select count(*) from leaver_birthday")).as("birthday outcomes").isPositive();
        assertThat(count("select count(*) from leaver_contact")).as("adviser contacts").isPositive();
        assertThat(count("select count(*) from fostering_kinship_approval")).as("connected persons").isPositive();
        assertThat(count("select count(*) from fostering_household where approved_on is not null"))
                .as("approved foster carers").isPositive();
        assertThat(count("select count(*) from adoption_adopter")).as("prospective adopters").isPositive();
    }

    @Test
    void theDemoHistoryRecordsNotesSummariesAndTheChildsWords() {
        assertThat(count("select count(*) from recording_note where status = 'FINAL'")).as("case notes").isPositive();
        assertThat(count("select count(*) from case_summary")).as("case summaries").isPositive();
        assertThat(count("select count(*) from care_review_voice")).as("the child's words at reviews").isPositive();
        assertThat(count("select count(*) from child_letter")).as("letters after reviews").isPositive();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void generatedIdentifiersPassTheirChecks() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            assertThat(NhsNumber.isValid(DemoFamilies.nhs(random))).isTrue();
            assertThat(Upn.isValid(DemoFamilies.upn(random, LocalDate.of(2012, 5, 5)))).isTrue();
        }
    }

    @Test
    void theSameSeedMakesTheSameFamilies() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        List<String> first = families.family(new Random(42), today).stream().map(PersonSummary::fullName).toList();
        List<String> second = families.family(new Random(42), today).stream().map(PersonSummary::fullName).toList();
        assertThat(first).isNotEmpty().isEqualTo(second);
    }

    @Test
    void theDemoWorkforceHasProfilesLeaversAbsencesTrainingEstablishmentsAndAYearOfCaseloads() {
        assertThat(count("select count(*) from worker where registration_number is not null")).as("profiles").isPositive();
        assertThat(count("select count(*) from worker where agency = true")).as("agency workers").isPositive();
        assertThat(count("select count(*) from worker where newly_qualified_until is not null")).as("newly qualified")
                .isPositive();
        assertThat(count("select count(*) from worker where left_on is not null")).as("leavers").isPositive();
        assertThat(count("select count(*) from worker_absence where kind = 'SICKNESS'")).as("sickness").isPositive();
        assertThat(count("select count(*) from worker_training where status = 'MISSED'")).as("missed").isPositive();
        assertThat(count("select count(*) from team where funded_fte is not null")).as("establishments").isPositive();
        assertThat(count("select count(distinct snapshot_month) from caseload_snapshot")).as("monthly snapshots")
                .isGreaterThanOrEqualTo(12);
        assertThat(count("select count(*) from work_period where kind = 'CHILD_PROTECTION'")).as("kinds of work")
                .isPositive();
    }
}
