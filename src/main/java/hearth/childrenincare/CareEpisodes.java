package hearth.childrenincare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Derives the SSDA903 episodes of a period of care from its facts, as the DfE guide defines them: a new episode
 * whenever the legal status or the placement (or both) change. RNE is S for the first episode of the period; L for a
 * legal status change only; P for a placement change with new carers; T for a placement change with the same carers
 * (the carer named the same); B for a legal status change and a placement change with new carers on the same day; U
 * for both with the same carers. An episode that ends because another starts ends that day with REC X1, and carries
 * the reason for the placement change when the next episode is a placement change; the last episode ends with the
 * period's reason ceased. Facts recorded for the same day collapse into one episode (the last recorded wins); a
 * "change" to the legal status already in force starts no episode. A pure function: no clock, no storage.
 */
public final class CareEpisodes {

    private CareEpisodes() {
    }

    public static List<CareEpisode> derive(CarePeriodView period, List<LegalStatusView> statuses,
            List<PlacementView> placements) {
        List<LegalStatusView> ls = statuses.stream().filter(s -> inPeriod(period, s.startDate()))
                .sorted(Comparator.comparing(LegalStatusView::startDate)).toList();
        List<PlacementView> pl = placements.stream().filter(p -> inPeriod(period, p.startDate()))
                .sorted(Comparator.comparing(PlacementView::startDate)).toList();
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(period.startDate());
        ls.forEach(s -> days.add(s.startDate()));
        pl.forEach(p -> days.add(p.startDate()));

        List<Draft> drafts = new ArrayList<>();
        LegalStatus currentStatus = null;
        PlacementView currentPlacement = null;
        for (LocalDate day : days) {
            LegalStatus status = lastOnOrBefore(ls, day);
            PlacementView placement = lastPlacementOnOrBefore(pl, day);
            boolean first = drafts.isEmpty();
            boolean statusChanged = !first && status != currentStatus;
            boolean placementChanged = !first && placement != null && placement != currentPlacement;
            if (first || statusChanged || placementChanged) {
                String rne;
                if (first) {
                    rne = "S";
                } else {
                    boolean sameCarers = placementChanged && currentPlacement != null
                            && sameCarer(currentPlacement, placement);
                    if (statusChanged && placementChanged) {
                        rne = sameCarers ? "U" : "B";
                    } else if (placementChanged) {
                        rne = sameCarers ? "T" : "P";
                    } else {
                        rne = "L";
                    }
                }
                drafts.add(new Draft(day, rne, status, placement, placementChanged));
            }
            currentStatus = status;
            currentPlacement = placement;
        }

        List<CareEpisode> episodes = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Draft next = i + 1 < drafts.size() ? drafts.get(i + 1) : null;
            LocalDate dec = next != null ? next.day : period.endDate();
            String rec = next != null ? "X1" : period.reasonCeased() == null ? null : period.reasonCeased().name();
            String reasonPlaceChange = next != null && next.placementChanged && next.placement.reasonForChange() != null
                    ? next.placement.reasonForChange().name() : null;
            PlacementView p = d.placement;
            episodes.add(new CareEpisode(period.childId(), period.id(), d.day, d.rne,
                    d.status == null ? null : d.status.name(),
                    period.categoryOfNeed() == null ? null : period.categoryOfNeed().name(),
                    p == null ? null : p.type().name(),
                    p == null || p.provider() == null ? null : p.provider().name(), dec, rec, reasonPlaceChange,
                    p == null ? null : p.homePostcode(), p == null ? null : p.placementPostcode(),
                    p == null ? null : p.urn(), p == null ? null : p.id(), p == null ? null : p.carerName()));
        }
        return episodes;
    }

    private record Draft(LocalDate day, String rne, LegalStatus status, PlacementView placement,
            boolean placementChanged) {
    }

    private static boolean inPeriod(CarePeriodView period, LocalDate date) {
        return !date.isBefore(period.startDate()) && (period.endDate() == null || date.isBefore(period.endDate())
                || date.equals(period.startDate()));
    }

    private static LegalStatus lastOnOrBefore(List<LegalStatusView> statuses, LocalDate day) {
        LegalStatus found = null;
        for (LegalStatusView s : statuses) {
            if (!s.startDate().isAfter(day)) {
                found = s.status();
            }
        }
        return found;
    }

    private static PlacementView lastPlacementOnOrBefore(List<PlacementView> placements, LocalDate day) {
        PlacementView found = null;
        for (PlacementView p : placements) {
            if (!p.startDate().isAfter(day)) {
                found = p;
            }
        }
        return found;
    }

    private static boolean sameCarer(PlacementView before, PlacementView after) {
        return Objects.equals(normal(before.carerName()), normal(after.carerName()));
    }

    private static String normal(String name) {
        return name == null ? null : name.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
