package hearth.performance.measures;

import hearth.childrenincare.CareEpisode;
import hearth.childrenincare.ChildrenInCare;
import hearth.people.People;
import hearth.people.ReturnIdentity;
import hearth.performance.Polarity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Placement stability, from the SSDA903 episodes read once for every month asked for. At each month's end: of the
 * children looked after, those with three or more placements in the 12 months to then (lower is better); and of
 * the children under 16 looked after for two and a half years or more, those in the same placement for two years or
 * more (higher is better).
 */
@Component
@org.springframework.core.annotation.Order(40)
class PlacementMeasures extends ChildMeasures {

    static final String THREE_PLUS = "placement-stability-3plus";
    static final String LONG_TERM = "placement-stability-long-term";

    private final ChildrenInCare care;
    private final People people;

    PlacementMeasures(ChildrenInCare care, People people, MessageSource messages) {
        super(messages, "placements");
        this.care = care;
        this.people = people;
        measure(THREE_PLUS, Polarity.LOWER_IS_BETTER);
        measure(LONG_TERM, Polarity.HIGHER_IS_BETTER);
    }

    @Override
    protected List<MeasureCase> casesOf(String measureId, List<YearMonth> months) {
        boolean threePlus = THREE_PLUS.equals(measureId);
        LocalDate from = months.get(0).atEndOfMonth().minusMonths(threePlus ? 12 : 30);
        Map<UUID, List<CareEpisode>> byPeriod = care.episodesOverlapping(from, end(months)).stream()
                .collect(Collectors.groupingBy(CareEpisode::periodId));
        Map<UUID, ReturnIdentity> identities = threePlus ? Map.of()
                : people.forReturns(byPeriod.values().stream().map(e -> e.get(0).childId()).distinct().toList())
                        .stream().collect(Collectors.toMap(ReturnIdentity::id, Function.identity()));
        List<MeasureCase> cases = new ArrayList<>();
        for (YearMonth month : months) {
            LocalDate at = month.atEndOfMonth();
            for (List<CareEpisode> episodes : byPeriod.values()) {
                CareEpisode now = episodes.stream().filter(e -> e.overlaps(at, at)).findFirst().orElse(null);
                if (now == null) {
                    continue;
                }
                if (threePlus) {
                    long placements = episodes.stream().filter(e -> e.overlaps(at.minusYears(1).plusDays(1), at))
                            .map(CareEpisode::placementId).filter(Objects::nonNull).distinct().count();
                    cases.add(new MeasureCase(month, now.childId(), placements >= 3, at));
                } else {
                    longTerm(month, at, now, episodes, identities.get(now.childId()), cases);
                }
            }
        }
        return cases;
    }

    private static void longTerm(YearMonth month, LocalDate at, CareEpisode now, List<CareEpisode> episodes,
            ReturnIdentity child, List<MeasureCase> cases) {
        LocalDate born = child == null ? null : child.dateOfBirth();
        if (born == null || !born.plusYears(16).isAfter(at)) {
            return;
        }
        LocalDate lookedAfterSince = episodes.stream().map(CareEpisode::decom).min(LocalDate::compareTo).orElseThrow();
        if (lookedAfterSince.isAfter(at.minusMonths(30))) {
            return;
        }
        LocalDate placedSince = episodes.stream()
                .filter(e -> now.placementId() != null && now.placementId().equals(e.placementId()))
                .map(CareEpisode::decom).min(LocalDate::compareTo).orElse(now.decom());
        cases.add(new MeasureCase(month, now.childId(), !placedSince.isAfter(at.minusYears(2)), at));
    }
}
