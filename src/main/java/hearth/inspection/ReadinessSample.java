package hearth.inspection;

import hearth.careleavers.CareLeaverLists;
import hearth.careleavers.LeaverListRow;
import hearth.childinneed.ChildrenInNeed;
import hearth.childinneed.EpisodeStatus;
import hearth.childinneed.EpisodeView;
import hearth.childprotection.ChildProtection;
import hearth.childprotection.PlanView;
import hearth.childrenincare.CareEpisode;
import hearth.childrenincare.ChildrenInCare;
import hearth.people.People;
import hearth.people.PersonSummary;
import hearth.security.RecordAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API: the sample of children an inspector might pick, drawn across children in need, children on a
 * protection plan, looked after children, care leavers and children whose episode closed recently. A child is in one
 * group only (the first that fits, in that order); restricted records are left out. The draw is the same all day
 * (so the list does not move while leaders work through it) unless another draw is asked for.
 */
@Service
public class ReadinessSample {

    /** How far back a closed episode still counts as recently closed. */
    public static final int RECENTLY_CLOSED_DAYS = 90;

    private final ChildrenInNeed childrenInNeed;
    private final ChildProtection protection;
    private final ChildrenInCare childrenInCare;
    private final CareLeaverLists careLeavers;
    private final People people;
    private final RecordAccess access;
    private final Clock clock;

    ReadinessSample(ChildrenInNeed childrenInNeed, ChildProtection protection, ChildrenInCare childrenInCare,
            CareLeaverLists careLeavers, People people, RecordAccess access, Clock clock) {
        this.childrenInNeed = childrenInNeed;
        this.protection = protection;
        this.childrenInCare = childrenInCare;
        this.careLeavers = careLeavers;
        this.people = people;
        this.access = access;
        this.clock = clock;
    }

    /** Up to {@code perGroup} children from each group, for draw number {@code draw} of today. */
    @Transactional(readOnly = true)
    public List<SampledChild> sample(int perGroup, int draw) {
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(today.toEpochDay() * 31 + draw);
        Map<SampleStratum, List<UUID>> chosen = new EnumMap<>(SampleStratum.class);
        Set<UUID> taken = new LinkedHashSet<>();

        List<EpisodeView> recent = childrenInNeed.episodesDuring(today.minusDays(RECENTLY_CLOSED_DAYS), today);
        Set<UUID> open = recent.stream().filter(e -> e.status() != EpisodeStatus.CLOSED).map(EpisodeView::childId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<UUID> openChildren = shuffled(open, random);
        Set<UUID> restricted = access.restrictedAmong(List.copyOf(open));
        for (UUID child : openChildren) {
            if (restricted.contains(child)) {
                continue;
            }
            boolean onPlan = protection.plansFor(child).stream().anyMatch(PlanView::active);
            SampleStratum group = onPlan ? SampleStratum.CHILD_PROTECTION : SampleStratum.CHILD_IN_NEED;
            List<UUID> into = chosen.computeIfAbsent(group, g -> new ArrayList<>());
            if (into.size() < perGroup) {
                into.add(child);
                taken.add(child);
            }
            if (full(chosen, SampleStratum.CHILD_PROTECTION, perGroup) && full(chosen, SampleStratum.CHILD_IN_NEED,
                    perGroup)) {
                break;
            }
        }
        Set<UUID> inCare = childrenInCare.episodesOverlapping(today, today).stream().filter(e -> e.dec() == null)
                .map(CareEpisode::childId).collect(Collectors.toCollection(LinkedHashSet::new));
        pick(chosen, SampleStratum.LOOKED_AFTER, inCare, taken, perGroup, random);
        Set<UUID> leavers = careLeavers.caseload(null).stream().map(LeaverListRow::childId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        pick(chosen, SampleStratum.CARE_LEAVER, leavers, taken, perGroup, random);
        Set<UUID> closed = recent.stream().filter(e -> e.status() == EpisodeStatus.CLOSED && e.closedOn() != null
                && !e.closedOn().isBefore(today.minusDays(RECENTLY_CLOSED_DAYS))).map(EpisodeView::childId)
                .filter(id -> !open.contains(id)).collect(Collectors.toCollection(LinkedHashSet::new));
        pick(chosen, SampleStratum.RECENTLY_CLOSED, closed, taken, perGroup, random);

        Map<UUID, PersonSummary> names = people.find(List.copyOf(taken)).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        List<SampledChild> sample = new ArrayList<>();
        for (SampleStratum group : SampleStratum.values()) {
            chosen.getOrDefault(group, List.of()).stream().filter(names::containsKey)
                    .forEach(id -> sample.add(new SampledChild(id, names.get(id).fullName(), group)));
        }
        return sample;
    }

    private void pick(Map<SampleStratum, List<UUID>> chosen, SampleStratum group, Set<UUID> candidates,
            Set<UUID> taken, int perGroup, Random random) {
        candidates.removeAll(taken);
        candidates.removeAll(access.restrictedAmong(List.copyOf(candidates)));
        List<UUID> picked = shuffled(candidates, random).stream().limit(perGroup).toList();
        chosen.put(group, picked);
        taken.addAll(picked);
    }

    private static boolean full(Map<SampleStratum, List<UUID>> chosen, SampleStratum group, int perGroup) {
        return chosen.getOrDefault(group, List.of()).size() >= perGroup;
    }

    private static List<UUID> shuffled(Set<UUID> ids, Random random) {
        List<UUID> list = new ArrayList<>(ids);
        Collections.sort(list);
        Collections.shuffle(list, random);
        return list;
    }
}
