package hearth.returns.ssda903;

import hearth.childrenincare.CareEpisode;
import hearth.people.PersonSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The children an SSDA903 return covers: every child looked after at some time in the collection year, with their
 * derived episodes (in date order) and what the return needs of their identity. A child whose person record is voided
 * is left out.
 */
record SsdaCohort(SsdaYear year, Map<UUID, PersonSummary> children, Map<UUID, List<CareEpisode>> episodes,
        Set<UUID> uasc) {

    static SsdaCohort of(SsdaYear year, List<CareEpisode> overlapping, Map<UUID, PersonSummary> people,
            Set<UUID> uasc) {
        Map<UUID, List<CareEpisode>> byChild = new LinkedHashMap<>();
        overlapping.stream().filter(e -> people.containsKey(e.childId()))
                .sorted(Comparator.comparing((CareEpisode e) -> people.get(e.childId()).laChildId(),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(CareEpisode::decom))
                .forEach(e -> byChild.computeIfAbsent(e.childId(), k -> new ArrayList<>()).add(e));
        Map<UUID, PersonSummary> children = new LinkedHashMap<>();
        byChild.keySet().forEach(id -> children.put(id, people.get(id)));
        return new SsdaCohort(year, children, byChild, uasc);
    }

    /** The LA child ID the return uses for the child (CHILD). */
    String child(UUID id) {
        PersonSummary p = children.get(id);
        return p == null ? null : p.laChildId();
    }

    String dob(UUID id) {
        return SsdaCsv.date(children.get(id).dateOfBirth());
    }

    /** The day the child's care in the year began (their first episode's start, maybe before the year). */
    LocalDate careStart(UUID id) {
        return episodes.get(id).get(0).decom();
    }

    /** The day the child's last episode in the year ended, or null if they were still looked after at the year end. */
    LocalDate careEnd(UUID id) {
        List<CareEpisode> list = episodes.get(id);
        LocalDate end = list.get(list.size() - 1).dec();
        return end == null || end.isAfter(year.to()) ? null : end;
    }

    /** Looked after on the last day of the year. */
    boolean lookedAfterAtYearEnd(UUID id) {
        return episodes.get(id).stream().anyMatch(e -> !e.decom().isAfter(year.to())
                && (e.dec() == null || e.dec().isAfter(year.to())));
    }

    /** The start of the period of care the child was in at the year end. */
    LocalDate periodStartAtYearEnd(UUID id) {
        List<CareEpisode> list = episodes.get(id);
        UUID period = list.get(list.size() - 1).periodId();
        return list.stream().filter(e -> e.periodId().equals(period)).map(CareEpisode::decom).min(LocalDate::compareTo)
                .orElseThrow();
    }

    /** Looked after on that day (in an episode that had started and not yet ended). */
    boolean lookedAfterOn(UUID id, LocalDate day) {
        return episodes.getOrDefault(id, List.of()).stream()
                .anyMatch(e -> !e.decom().isAfter(day) && (e.dec() == null || !e.dec().isBefore(day)));
    }
}
