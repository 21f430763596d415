package hearth.returns.annexa;

import static hearth.returns.annexa.AnnexAChildren.row;

import hearth.carehealth.CareHealthKind;
import hearth.carehealth.CareHealthRecordView;
import hearth.careleavers.BirthdayRecordView;
import hearth.careleavers.LeaverListRow;
import hearth.childrenincare.CareEpisode;
import hearth.childrenincare.CarePeriodView;
import hearth.childrenincare.CarePlanView;
import hearth.childrenincare.CareReviewView;
import hearth.childrenincare.CareVisitView;
import hearth.childrenincare.IroContactView;
import hearth.childrenincare.PermanencePlan;
import hearth.childrenincare.PlacementView;
import hearth.missing.MissingEpisodeView;
import hearth.missing.MissingKind;
import hearth.missing.ReturnInterviewStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Annex A lists 8 and 9: children in care and care leavers. */
final class CareLists {

    /** Everything list 8 reads, in bulk, for the periods of care open in the period. */
    record CareFacts(List<CarePeriodView> periods, List<CareEpisode> episodes, List<PlacementView> placements,
            List<CareReviewView> reviews, List<CareVisitView> visits, List<IroContactView> iroContacts,
            List<CarePlanView> plans, List<CareHealthRecordView> health, List<MissingEpisodeView> missing) {
    }

    private CareLists() {
    }

    /**
     * List 8: one row per child looked after at some time in the period, about their latest period of care as it
     * stood on the as-of date (their placement and legal status then, or when they left care). The LA of placement
     * is the one recorded on the placement; a placement inside the authority's area with none recorded is in
     * {@code ownAuthority}; an out-of-area placement with none recorded is left blank.
     */
    static List<List<Object>> inCare(AnnexAPeriod period, AnnexAChildren children, CareFacts f,
            String ownAuthority) {
        LocalDate asOf = period.asOf();
        Map<UUID, List<CarePeriodView>> byChild = f.periods().stream()
                .filter(p -> children.known(p.childId()) && period.overlaps(p.startDate(), p.endDate()))
                .sorted(Comparator.comparing(CarePeriodView::startDate))
                .collect(Collectors.groupingBy(CarePeriodView::childId, java.util.LinkedHashMap::new,
                        Collectors.toList()));
        Map<UUID, PlacementView> placements = f.placements().stream()
                .collect(Collectors.toMap(PlacementView::id, Function.identity(), (a, b) -> a));
        List<List<Object>> rows = new ArrayList<>();
        byChild.forEach((child, periods) -> {
            CarePeriodView p = periods.get(periods.size() - 1);
            List<CareEpisode> episodes = f.episodes().stream().filter(e -> e.periodId().equals(p.id())
                    && !e.decom().isAfter(asOf)).sorted(Comparator.comparing(CareEpisode::decom)).toList();
            if (episodes.isEmpty()) {
                return;
            }
            CareEpisode now = episodes.get(episodes.size() - 1);
            LocalDate statusFrom = now.decom();
            LocalDate placedFrom = now.decom();
            for (int i = episodes.size() - 2; i >= 0; i--) {
                CareEpisode e = episodes.get(i);
                if (Objects.equals(e.ls(), now.ls()) && statusFrom.equals(nextStart(episodes, i))) {
                    statusFrom = e.decom();
                }
                if (Objects.equals(e.placementId(), now.placementId()) && placedFrom.equals(nextStart(episodes, i))) {
                    placedFrom = e.decom();
                }
            }
            LocalDate ceased = p.endDate() == null || p.endDate().isAfter(asOf) ? null : p.endDate();
            long placementsInYear = f.episodes().stream().filter(e -> e.childId().equals(child)
                    && e.placementId() != null && e.overlaps(period.from(), asOf)).map(CareEpisode::placementId)
                    .distinct().count();
            PlacementView placement = now.placementId() == null ? null : placements.get(now.placementId());
            List<MissingEpisodeView> missing = f.missing().stream().filter(m -> m.childId().equals(child)
                    && !m.voided() && period.contains(EarlyLists.day(m.startedAt()))).toList();
            MissingEpisodeView lastMissing = missing.stream().filter(m -> m.kind() == MissingKind.MISSING)
                    .max(Comparator.comparing(MissingEpisodeView::startedAt)).orElse(null);
            rows.add(row(children.who(child), AnnexACodes.yesNo(children.identity(child).uasc()),
                    children.disability(child), p.startDate(),
                    AnnexACodes.need(p.categoryOfNeed() == null ? now.cin() : p.categoryOfNeed().name()),
                    AnnexACodes.yesNo(periods.size() > 1), statusFrom, AnnexACodes.legalStatus(now.ls()),
                    latest(f.reviews().stream().filter(r -> r.periodId().equals(p.id()))
                            .map(CareReviewView::date), asOf),
                    latest(f.visits().stream().filter(v -> v.periodId().equals(p.id())).map(CareVisitView::date), asOf),
                    permanence(f.plans().stream().filter(c -> c.periodId().equals(p.id())
                            && c.permanencePlan() != null && !c.date().isAfter(asOf))
                            .max(Comparator.comparing(CarePlanView::date)).map(CarePlanView::permanencePlan)),
                    latest(f.iroContacts().stream().filter(c -> c.periodId().equals(p.id()))
                            .map(IroContactView::date), asOf),
                    latest(health(f, child, CareHealthKind.INITIAL_HEALTH_ASSESSMENT,
                            CareHealthKind.REVIEW_HEALTH_ASSESSMENT), asOf),
                    latest(health(f, child, CareHealthKind.DENTAL_CHECK), asOf), placementsInYear, ceased,
                    ceased == null ? null : AnnexACodes.reasonCeased(p.reasonCeased() == null ? null
                            : p.reasonCeased().name()),
                    placedFrom, AnnexACodes.placementType(now.place()),
                    AnnexACodes.placementProvider(now.placeProvider()), now.plPost(), now.urn(),
                    placement == null ? null : placement.outOfArea() ? "b) Out" : "a) In",
                    placementLa(placement, ownAuthority),
                    missing.stream().filter(m -> m.kind() == MissingKind.MISSING).count(),
                    missing.stream().filter(m -> m.kind() == MissingKind.AWAY).count(),
                    lastMissing == null ? null : AnnexACodes.yesNo(lastMissing.offeredAt() != null
                            || lastMissing.interviewStatus() != ReturnInterviewStatus.NOT_OFFERED),
                    lastMissing == null ? null : accepted(lastMissing.interviewStatus()),
                    children.team(child), children.worker(child)));
        });
        return rows;
    }

    private static String placementLa(PlacementView placement, String ownAuthority) {
        if (placement == null) {
            return null;
        }
        if (placement.placementLa() != null) {
            return placement.placementLa();
        }
        return placement.outOfArea() ? null : ownAuthority;
    }

    private static LocalDate nextStart(List<CareEpisode> episodes, int i) {
        return episodes.get(i + 1).decom();
    }

    private static java.util.stream.Stream<LocalDate> health(CareFacts f, UUID child, CareHealthKind... kinds) {
        List<CareHealthKind> wanted = List.of(kinds);
        return f.health().stream().filter(h -> h.childId().equals(child) && wanted.contains(h.kind()))
                .map(CareHealthRecordView::date);
    }

    private static LocalDate latest(java.util.stream.Stream<LocalDate> dates, LocalDate asOf) {
        return dates.filter(d -> d != null && !d.isAfter(asOf)).max(Comparator.naturalOrder()).orElse(null);
    }

    private static String accepted(ReturnInterviewStatus status) {
        return switch (status) {
            case HELD -> AnnexACodes.YES;
            case DECLINED -> AnnexACodes.NO;
            default -> null;
        };
    }

    static String permanence(Optional<PermanencePlan> plan) {
        return plan.map(p -> switch (p) {
            case RETURN_HOME, FAMILY_OR_FRIENDS -> "a) Return to family";
            case ADOPTION -> "b) Adoption";
            case SPECIAL_GUARDIANSHIP, CHILD_ARRANGEMENTS_ORDER -> "c) SGO/CAO";
            case INDEPENDENT_LIVING -> "d) Supported living in the community";
            case RESIDENTIAL_CARE -> "e) Long-term residential placement";
            case LONG_TERM_FOSTERING -> "f) Long-term fostering";
        }).orElse(null);
    }

    /**
     * List 9: care leavers (relevant, former relevant, qualifying and eligible young people on the as-of date's
     * lists), with their personal adviser, latest pathway plan review and contact by the as-of date and, from their
     * latest birthday record, accommodation and activity.
     */
    static List<List<Object>> leavers(AnnexAPeriod period, AnnexAChildren children, List<LeaverListRow> leavers,
            List<BirthdayRecordView> birthdays, Map<UUID, LocalDate> planReviews,
            Function<String, String> adviserName) {
        List<List<Object>> rows = new ArrayList<>();
        for (LeaverListRow l : leavers) {
            if (!l.eligibility().careLeaver() || !children.known(l.childId())) {
                continue;
            }
            BirthdayRecordView birthday = birthdays.stream().filter(b -> b.childId().equals(l.childId())
                    && !b.birthday().isAfter(period.asOf())).max(Comparator.comparing(BirthdayRecordView::birthday))
                    .orElse(null);
            LocalDate contact = l.lastContactOn() == null || l.lastContactOn().isAfter(period.asOf()) ? null
                    : l.lastContactOn();
            String inTouch = l.notInTouchSince() != null ? "b) Not in touch" : contact != null ? "a) In touch"
                    : AnnexACodes.inTouch(birthday == null || birthday.inTouch() == null ? null
                            : birthday.inTouch().name());
            String accommodation = birthday == null ? null : birthday.accommodation();
            rows.add(row(children.who(l.childId()), AnnexACodes.yesNo(children.identity(l.childId()).uasc()),
                    children.disability(l.childId()), children.team(l.childId()), children.worker(l.childId()),
                    l.adviser() == null ? null : adviserName.apply(l.adviser()),
                    AnnexACodes.eligibility(l.eligibility().name()), planReviews.get(l.childId()), inTouch, contact,
                    AnnexACodes.accommodation(accommodation),
                    birthday == null ? null : AnnexACodes.suitability(accommodation),
                    birthday == null || birthday.activity() == null ? null
                            : AnnexACodes.activity(birthday.activity().name())));
        }
        return rows;
    }
}
