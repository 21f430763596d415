package hearth.careleavers;

import hearth.childrenincare.ChildBecameLookedAfter;
import hearth.childrenincare.ChildCeasedToBeLookedAfter;
import hearth.security.Role;
import hearth.support.Fixtures;
import hearth.workforce.TeamKind;
import hearth.workforce.Workforce;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Test helpers: a leaving care team, periods of care published as children in care would, acting as a user. */
class LeaverJourney {

    final Fixtures fx;
    final ApplicationEventPublisher events;
    final Workforce workforce;
    UUID team;
    String manager;
    String adviser;

    LeaverJourney(ApplicationContext context, Fixtures fx) {
        this.fx = fx;
        this.events = context;
        this.workforce = context.getBean(Workforce.class);
    }

    /** A leaving care team with its manager and one personal adviser. */
    LeaverJourney team() {
        manager = fx.unique("tm.leaving");
        team = workforce.ensureTeam(fx.unique("Leaving care"), TeamKind.LEAVING_CARE, fx.service(), manager);
        fx.user(manager, "Manager " + manager, Role.TEAM_MANAGER, team);
        adviser = fx.user(Role.PERSONAL_ADVISER, team);
        return this;
    }

    UUID lookedAfter(UUID childId, LocalDate from) {
        UUID period = UUID.randomUUID();
        events.publishEvent(new ChildBecameLookedAfter(childId, period, from, "C2", "N1", "sw.test"));
        return period;
    }

    void ceased(UUID childId, UUID period, LocalDate on) {
        events.publishEvent(new ChildCeasedToBeLookedAfter(childId, period, on, "E8", "sw.test"));
    }

    void as(String username, Runnable work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        var user = fx.signedIn(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
