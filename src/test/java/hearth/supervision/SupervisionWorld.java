package hearth.supervision;

import hearth.security.HearthUser;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.workforce.Workforce;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A service with its head, a team with its manager and a social worker, each able to sign in; acts as any of them. */
class SupervisionWorld {

    final Fixtures fx;
    final Workforce workforce;
    final UUID service;
    final UUID team;
    final String head;
    final String manager;
    final String worker;
    final String workerName;

    SupervisionWorld(ApplicationContext context) {
        fx = new Fixtures(context);
        workforce = context.getBean(Workforce.class);
        head = fx.unique("sm");
        manager = fx.unique("tm");
        service = workforce.ensureService(fx.unique("Service"), head);
        team = fx.team(service, manager);
        UUID management = fx.team(service, head);
        fx.user(head, "Head " + fx.name("Hs"), Role.SERVICE_MANAGER, management);
        fx.user(manager, "Manager " + fx.name("Tm"), Role.TEAM_MANAGER, team);
        workerName = "Worker " + fx.name("Sw");
        worker = fx.user(fx.unique("sw"), workerName, Role.SOCIAL_WORKER, team);
    }

    <T> T as(String username, Supplier<T> work) {
        HearthUser user = fx.signedIn(username);
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    static NewPersonalSupervision personal(java.time.LocalDate on) {
        return new NewPersonalSupervision(on, "Coping well", "Eighteen children, two new", "ASYE portfolio",
                "Talked through a difficult home visit", "Book safeguarding refresher");
    }
}
