package hearth.recording;

import hearth.people.PersonSummary;
import hearth.security.HearthUser;
import hearth.security.Role;
import hearth.support.Fixtures;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A child allocated to a worker in a team with a manager, and a way to act as either. */
class RecordingSetup {

    final Fixtures fx;
    final UUID team;
    final String worker;
    final String manager;
    final PersonSummary child;

    RecordingSetup(ApplicationContext context) {
        fx = new Fixtures(context);
        team = fx.team(fx.service(), null);
        worker = fx.user(Role.SOCIAL_WORKER, team);
        manager = fx.user(Role.TEAM_MANAGER, team);
        child = fx.child(fx.name("Robin"), "Recording", LocalDate.of(2013, 5, 6));
        fx.allocate(child.id(), team, worker);
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
}
