package hearth.supervision;

import hearth.timescales.Deadline;
import hearth.workforce.TeamView;
import hearth.workforce.Workforce;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Whom a manager oversees: the teams they manage and every team of a service they head; who supervises a worker
 * (their team manager, or the head of service when the worker manages the team); and dates a local standard on.
 */
@Component
class SupervisionScope {

    private final Workforce workforce;

    SupervisionScope(Workforce workforce) {
        this.workforce = workforce;
    }

    /** The teams a user manages, by name. */
    List<TeamView> managedTeams(String username) {
        return workforce.teams().stream().filter(t -> username.equals(t.managerUsername())).toList();
    }

    /** The teams of every service a user heads, by name. */
    List<TeamView> teamsOfServicesHeaded(String username) {
        Map<UUID, Boolean> heads = new LinkedHashMap<>();
        return workforce.teams().stream().filter(t -> heads.computeIfAbsent(t.serviceId(),
                s -> workforce.headOfService(s).filter(username::equals).isPresent())).toList();
    }

    /** Every team a user manages or whose service they head, by name. */
    List<TeamView> teamsOverseenBy(String username) {
        Map<UUID, TeamView> teams = new LinkedHashMap<>();
        teamsOfServicesHeaded(username).forEach(t -> teams.put(t.id(), t));
        managedTeams(username).forEach(t -> teams.putIfAbsent(t.id(), t));
        return teams.values().stream().sorted(java.util.Comparator.comparing(TeamView::name)).toList();
    }

    /** Who supervises a worker: their team's manager, or the head of service when they are the team's manager. */
    String supervisorOf(String worker, TeamView team) {
        if (team.managerUsername() != null && !team.managerUsername().equals(worker)) {
            return team.managerUsername();
        }
        return workforce.headOfService(team.serviceId()).filter(h -> !h.equals(worker)).orElse(null);
    }

    /** Whether a user may record and read a worker's personal supervision: their supervisor or head of service. */
    boolean oversees(String username, String worker) {
        return workforce.teamOf(worker).filter(t -> username.equals(supervisorOf(worker, t))
                || workforce.headOfService(t.serviceId()).filter(username::equals).isPresent()).isPresent();
    }

    static LocalDate plus(LocalDate date, Deadline interval) {
        return switch (interval.unit()) {
            case MONTHS -> date.plusMonths(interval.amount());
            case WEEKS -> date.plusWeeks(interval.amount());
            default -> date.plusDays(interval.amount());
        };
    }

    static LocalDate minus(LocalDate date, Deadline interval) {
        return switch (interval.unit()) {
            case MONTHS -> date.minusMonths(interval.amount());
            case WEEKS -> date.minusWeeks(interval.amount());
            default -> date.minusDays(interval.amount());
        };
    }
}
