package hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import hearth.quality.AuditActionStatus;
import hearth.quality.AuditActionView;
import hearth.quality.AuditProgrammes;
import hearth.quality.AuditView;
import hearth.quality.CaseAudits;
import hearth.quality.Grade;
import hearth.quality.PanelKind;
import hearth.quality.PanelMeetingView;
import hearth.quality.Panels;
import hearth.quality.ProgrammeView;
import hearth.security.Accounts;
import hearth.security.UserAccount;
import hearth.support.HearthTest;
import hearth.support.MutableClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo year has two quarterly audit programmes with graded, moderated audits and actions, and panels. */
@HearthTest
class DemoQualityTest {

    @Autowired
    AuditProgrammes programmes;
    @Autowired
    CaseAudits audits;
    @Autowired
    Panels panels;
    @Autowired
    Accounts accounts;
    @Autowired
    MutableClock clock;

    @Test
    void twoQuarterlyProgrammesHaveAuditsModerationAndActionsSomeDoneAndSomeOverdue() {
        List<ProgrammeView> demo = programmes.all().stream().filter(p -> p.name().startsWith("Practice audit: "))
                .toList();
        assertThat(demo).extracting(ProgrammeView::name).contains("Practice audit: spring", "Practice audit: summer");
        List<AuditView> done = demo.stream().flatMap(p -> p.sample().stream()).filter(s -> s.auditId() != null)
                .map(s -> audits.find(s.auditId())).toList();
        assertThat(done).hasSizeGreaterThanOrEqualTo(4);
        assertThat(done).anyMatch(AuditView::moderated);
        assertThat(done).allSatisfy(a -> {
            if (a.moderated()) {
                assertThat(a.moderator()).isNotEqualTo(a.auditor());
            }
        });
        assertThat(done).extracting(AuditView::auditor).contains("qa.demo", DemoQuality.SECOND_AUDITOR);
        List<AuditActionView> actions = done.stream().flatMap(a -> a.actions().stream()).toList();
        assertThat(actions).anyMatch(a -> a.status() == AuditActionStatus.DONE);
        LocalDate today = LocalDate.now(clock.withZone(MutableClock.LONDON));
        assertThat(actions).anyMatch(a -> a.overdueOn(today));
        assertThat(accounts.enabledDemoAccounts()).extracting(UserAccount::getUsername)
                .contains(DemoQuality.SECOND_AUDITOR);
    }

    @Test
    void permanenceAndLegalGatewayPanelsRecordDecisionsOnChildren() {
        List<PanelMeetingView> meetings = panels.all();
        assertThat(meetings).extracting(PanelMeetingView::kind).contains(PanelKind.PERMANENCE,
                PanelKind.LEGAL_GATEWAY);
        assertThat(meetings.stream().filter(m -> m.recordedBy().equals("sm.demo")))
                .anyMatch(m -> !m.decisions().isEmpty());
    }

    @Test
    void gradesAreMostlyRequiresImprovementOrGoodWithSomeInadequate() {
        Random random = new Random(1);
        Map<Grade, Long> counts = IntStream.range(0, 2000).mapToObj(i -> DemoQuality.grade(random))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(counts.get(Grade.GOOD) + counts.get(Grade.REQUIRES_IMPROVEMENT)).isGreaterThan(1500);
        assertThat(counts.get(Grade.INADEQUATE)).isBetween(200L, 400L);
        assertThat(counts.get(Grade.OUTSTANDING)).isPositive();
    }
}
