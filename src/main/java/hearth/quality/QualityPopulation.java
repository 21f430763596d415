package hearth.quality;

import hearth.careleavers.CareLeavers;
import hearth.careleavers.Eligibility;
import hearth.childinneed.ChildrenInNeed;
import hearth.childinneed.EpisodeView;
import hearth.childprotection.ChildProtection;
import hearth.childprotection.PlanView;
import hearth.childrenincare.CareEpisode;
import hearth.childrenincare.ChildrenInCare;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.timescales.Due;
import hearth.workforce.AllocationView;
import hearth.workforce.TeamView;
import hearth.workforce.Workforce;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The children an audit sample is drawn from: every child allocated to a team now, with their team (and its manager),
 * their kind of work (looked after, care leaver, protection plan, child in need, other) and their age band. Read a
 * team, a context at a time, not child by child, except the protection plan and care leaver checks for the few
 * children who need them.
 */
@Service
public class QualityPopulation {

    private final Workforce workforce;
    private final People people;
    private final ChildrenInNeed childrenInNeed;
    private final ChildProtection childProtection;
    private final ChildrenInCare childrenInCare;
    private final CareLeavers careLeavers;
    private final Clock clock;

    QualityPopulation(Workforce workforce, People people, ChildrenInNeed childrenInNeed,
            ChildProtection childProtection, ChildrenInCare childrenInCare, CareLeavers careLeavers, Clock clock) {
        this.workforce = workforce;
        this.people = people;
        this.childrenInNeed = childrenInNeed;
        this.childProtection = childProtection;
        this.childrenInCare = childrenInCare;
        this.careLeavers = careLeavers;
        this.clock = clock;
    }

    /** Every allocated child now, in no particular order. */
    @Transactional(readOnly = true)
    public List<Candidate> now() {
        LocalDate today = LocalDate.now(clock.withZone(Due.LONDON));
        List<TeamView> teams = workforce.teams();
        List<AllocationView> allocations = new ArrayList<>();
        teams.forEach(t -> allocations.addAll(workforce.currentAllocationsOfTeam(t.id())));
        Map<UUID, TeamView> teamById = teams.stream().collect(Collectors.toMap(TeamView::id, Function.identity()));
        Map<UUID, PersonSummary> persons = people.find(allocations.stream().map(AllocationView::childId).toList())
                .stream().collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        Set<UUID> inCare = childrenInCare.episodesOverlapping(today, today).stream().filter(e -> e.dec() == null
                || e.dec().isAfter(today)).map(CareEpisode::childId).collect(Collectors.toSet());
        Set<UUID> inNeed = childrenInNeed.episodesDuring(today, today).stream().filter(EpisodeView::isOpen)
                .map(EpisodeView::childId).collect(Collectors.toSet());
        List<Candidate> candidates = new ArrayList<>();
        for (AllocationView a : allocations) {
            PersonSummary child = persons.get(a.childId());
            if (child == null) {
                continue;
            }
            LocalDate born = child.dateOfBirth();
            AgeBand band = AgeBand.of(born, today);
            KindOfWork kind = kind(a.childId(), band, inCare, inNeed);
            TeamView team = teamById.get(a.teamId());
            candidates.add(new Candidate(a.childId(), a.teamName(), kind, band, a.workerUsername(),
                    team == null ? null : team.managerUsername()));
        }
        return candidates;
    }

    private KindOfWork kind(UUID childId, AgeBand band, Set<UUID> inCare, Set<UUID> inNeed) {
        if (inCare.contains(childId)) {
            return KindOfWork.LOOKED_AFTER;
        }
        if (band == AgeBand.AGE_16_AND_OVER) {
            Eligibility e = careLeavers.eligibility(childId).category();
            if (e == Eligibility.RELEVANT || e == Eligibility.FORMER_RELEVANT) {
                return KindOfWork.CARE_LEAVER;
            }
        }
        if (inNeed.contains(childId)) {
            return childProtection.plansFor(childId).stream().anyMatch(PlanView::active) ? KindOfWork.CHILD_PROTECTION
                    : KindOfWork.CHILD_IN_NEED;
        }
        return KindOfWork.OTHER;
    }
}
