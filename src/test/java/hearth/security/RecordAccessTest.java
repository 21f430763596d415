package hearth.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hearth.audit.AccessAction;
import hearth.audit.AuditTrail;
import hearth.notifications.Notifications;
import hearth.people.PersonSummary;
import hearth.support.Fixtures;
import hearth.support.HearthTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import static org.awaitility.Awaitility.await;

@HearthTest
class RecordAccessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    RecordAccess access;
    @Autowired
    AuditTrail audit;
    @Autowired
    Notifications notifications;
    @Autowired
    hearth.support.MutableClock clock;

    Fixtures fx;
    UUID service;
    UUID team;
    UUID otherTeam;
    String manager;
    String worker;
    String colleague;
    String outsider;
    String serviceManager;
    PersonSummary child;

    @BeforeEach
    void organisation() {
        fx = new Fixtures(context);
        service = fx.service();
        manager = fx.unique("manager");
        team = fx.team(service, manager);
        otherTeam = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        colleague = fx.user(Role.SOCIAL_WORKER, team);
        outsider = fx.user(Role.SOCIAL_WORKER, otherTeam);
        serviceManager = fx.user(Role.SERVICE_MANAGER, fx.team(service, null));
        child = fx.child("Alex", "Access", LocalDate.of(2015, 5, 1));
        fx.allocate(child.id(), team, worker);
    }

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void theAllocatedWorkerAndTheirTeamReachTheChild() {
        assertThat(access.decide(fx.signedIn(worker), child.id())).isEqualTo(AccessDecision.ALLOWED);
        assertThat(access.decide(fx.signedIn(colleague), child.id())).isEqualTo(AccessDecision.ALLOWED);
    }

    @Test
    void aWorkerInAnotherTeamDoesNotReachTheChild() {
        assertThat(access.decide(fx.signedIn(outsider), child.id())).isEqualTo(AccessDecision.OUT_OF_REACH);
    }

    @Test
    void aServiceManagerReachesChildrenOfEveryTeamInTheirService() {
        assertThat(access.decide(fx.signedIn(serviceManager), child.id())).isEqualTo(AccessDecision.ALLOWED);
    }

    @Test
    void anAdministratorDoesNotReachChildrensRecords() {
        String admin = fx.user(Role.ADMINISTRATOR, null);
        assertThat(access.decide(fx.signedIn(admin), child.id())).isEqualTo(AccessDecision.OUT_OF_REACH);
    }

    @Test
    void aRestrictedRecordOpensOnlyToItsAccessListEvenForTheAllocatedWorker() {
        String listed = fx.user(Role.SOCIAL_WORKER, otherTeam);
        signIn(worker);
        access.restrict(child.id(), "Child of a member of staff", Set.of(listed));
        signOut();
        assertThat(access.decide(fx.signedIn(listed), child.id())).isEqualTo(AccessDecision.ALLOWED);
        assertThat(access.decide(fx.signedIn(colleague), child.id())).isEqualTo(AccessDecision.RESTRICTED);
        String inspector = fx.user(Role.INSPECTOR, null);
        assertThat(access.decide(fx.signedIn(inspector), child.id())).isEqualTo(AccessDecision.RESTRICTED);
    }

    @Test
    void refusingAccessIsItselfLogged() {
        signIn(outsider);
        assertThatThrownBy(() -> access.require(child.id())).isInstanceOf(RecordAccessDenied.class);
        assertThat(audit.accessTo(child.id(), 10)).anyMatch(a -> a.action() == AccessAction.REFUSED
                && a.username().equals(outsider));
    }

    @Test
    void breakingTheGlassNeedsAReasonThenOpensTheRecordLogsItAndTellsTheTeamManager() {
        signIn(outsider);
        assertThatThrownBy(() -> access.breakGlass(child.id(), "short")).isInstanceOf(IllegalArgumentException.class);
        access.breakGlass(child.id(), "Police strategy discussion happening now");
        assertThat(access.decide(fx.signedIn(outsider), child.id())).isEqualTo(AccessDecision.ALLOWED);
        assertThat(audit.accessTo(child.id(), 10)).anyMatch(a -> a.action() == AccessAction.BROKE_GLASS
                && a.what().contains("Police strategy"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notifications.recent(manager, 10))
                .anyMatch(n -> n.subjectId().equals(child.id()) && n.detail().contains("Police strategy")));
    }

    @Test
    void brokenGlassAccessLapsesAfterEightHours() {
        signIn(outsider);
        access.breakGlass(child.id(), "Out of hours emergency duty call");
        clock.advance(RecordAccess.OVERRIDE_LASTS.plusMinutes(1));
        assertThat(access.decide(fx.signedIn(outsider), child.id())).isEqualTo(AccessDecision.OUT_OF_REACH);
    }

    private void signIn(String username) {
        HearthUser user = fx.signedIn(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private void signOut() {
        SecurityContextHolder.clearContext();
    }
}
