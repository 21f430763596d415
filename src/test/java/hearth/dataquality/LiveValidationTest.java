package hearth.dataquality;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.people.PersonSummary;
import hearth.returns.LiveFinding;
import hearth.returns.LiveValidation;
import hearth.returns.ReturnRuns;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The returns module's live validation, and the data quality counts kept day by day. */
@HearthTest
class LiveValidationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    LiveValidation live;
    @Autowired
    ReturnRuns runs;
    @Autowired
    DataQuality quality;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theLiveCensusReportsTheBrokenChildWithItsIdAndIsRecordedAsARun() {
        Fixtures fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        String worker = fx.user(Role.SOCIAL_WORKER, team);
        PersonSummary child = BrokenRecords.childWithBadUpn(context, fx, team, worker);
        String by = fx.user(Role.PERFORMANCE_OFFICER, null);

        List<LiveFinding> found = live.validateLive(ReturnRuns.Via.DATA_QUALITY, by);

        assertThat(found).filteredOn(f -> child.id().equals(f.childId()) && f.rule().equals("1530"))
                .singleElement().satisfies(f -> {
                    assertThat(f.returnName()).isEqualTo("cin-census");
                    assertThat(f.error()).isTrue();
                    assertThat(f.fields()).containsExactly("UPN");
                    assertThat(f.laChildId()).isNotBlank();
                    assertThat(f.message()).contains("not a recognised LA code");
                });
        assertThat(runs.recent(50)).anySatisfy(r -> {
            assertThat(r.runBy()).isEqualTo(by);
            assertThat(r.kind()).isEqualTo("VALIDATE");
            assertThat(r.via()).isEqualTo("DATA_QUALITY");
            assertThat(r.errors()).isPositive();
        });
    }

    @Test
    void eachCheckKeepsTheCountsByRuleAndTeamAndTheTrendFollowsTheDays() {
        Fixtures fx = new Fixtures(context);
        UUID team = fx.team(fx.service(), null);
        String worker = fx.user(Role.SOCIAL_WORKER, team);
        LocalDate day = LocalDate.now(clock);
        BrokenRecords.childWithBadUpn(context, fx, team, worker);
        quality.checkAndStore(ReturnRuns.Via.DATA_QUALITY, "tester");

        clock.setDate(day.plusDays(1));
        BrokenRecords.childWithBadUpn(context, fx, team, worker);
        quality.checkAndStore(ReturnRuns.Via.SCHEDULE, "system");

        Map<String, List<DataQuality.Point>> trend = quality.trend(Set.of(team));
        assertThat(trend.get("1530")).extracting(DataQuality.Point::on).containsSubsequence(day, day.plusDays(1));
        assertThat(trend.get("1530")).filteredOn(p -> !p.on().isBefore(day))
                .extracting(DataQuality.Point::findings).containsExactly(1, 2);
        assertThat(quality.trend(Set.of(UUID.randomUUID()))).isEmpty();
    }
}
