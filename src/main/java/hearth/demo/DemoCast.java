package hearth.demo;

import hearth.workforce.TeamKind;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** Who does the work in the demo authority: each kind of team with its manager and the workers who hold children. */
record DemoCast(Map<TeamKind, List<Team>> teams) {

    record Team(UUID id, String manager, List<String> workers) {

        String anyWorker(Random random) {
            return workers.get(random.nextInt(workers.size()));
        }
    }

    Team team(TeamKind kind, Random random) {
        List<Team> of = teams.get(kind);
        if (of == null || of.isEmpty()) {
            throw new IllegalStateException("The demo organisation has no " + kind + " team");
        }
        return of.get(random.nextInt(of.size()));
    }
}
