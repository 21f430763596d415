package hearth.returns.annexa;

import static hearth.returns.annexa.AnnexAChildren.row;

import hearth.assessment.AssessmentView;
import hearth.childinneed.EpisodeView;
import hearth.childprotection.ConferenceKind;
import hearth.childprotection.ConferenceView;
import hearth.childprotection.PlanView;
import hearth.childprotection.ProtectionOrderView;
import hearth.childprotection.VisitView;
import hearth.childrenincare.CarePeriodView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Annex A lists 6 and 7: children in need and children on a child protection plan in the period. */
final class NeedLists {

    private NeedLists() {
    }

    /**
     * List 6: every episode of need open at some time in the period, as it stood on the as-of date; the child was last
     * seen at the latest visit (child in need visit or assessment visit) by then. The case status
     * is the child's on that date: looked after, on a protection plan, on a CIN plan (the episode open after its
     * assessment), an assessment still open, or closed.
     */
    static List<List<Object>> childrenInNeed(AnnexAPeriod period, AnnexAChildren children, List<EpisodeView> episodes,
            List<PlanView> plans, List<CarePeriodView> care, List<AssessmentView> assessments,
            List<hearth.childinneed.VisitView> visits) {
        LocalDate asOf = period.asOf();
        List<List<Object>> rows = new ArrayList<>();
        episodes.stream().filter(e -> children.known(e.childId()) && period.overlaps(e.referralDate(), e.closedOn()))
                .sorted(Comparator.comparing(EpisodeView::referralDate)).forEach(e -> {
                    LocalDate closed = e.closedOn() == null || e.closedOn().isAfter(asOf) ? null : e.closedOn();
                    String status;
                    if (closed != null) {
                        status = "e) Closed episode";
                    } else if (care.stream().anyMatch(c -> c.childId().equals(e.childId())
                            && open(c.startDate(), c.endDate(), asOf))) {
                        status = "a) Looked after child";
                    } else if (plans.stream().anyMatch(p -> p.childId().equals(e.childId())
                            && open(p.startDate(), p.endDate(), asOf))) {
                        status = "b) Child Protection plan";
                    } else if (e.assessmentCompletedOn() != null && !e.assessmentCompletedOn().isAfter(asOf)) {
                        status = "c) Child in need plan";
                    } else {
                        status = "d) Open assessment";
                    }
                    LocalDate lastSeen = java.util.stream.Stream.concat(
                            assessments.stream().filter(a -> a.childId().equals(e.childId()))
                                    .map(AssessmentView::firstVisitOn),
                            visits.stream().filter(v -> v.episodeId().equals(e.id()) && v.seen())
                                    .map(hearth.childinneed.VisitView::date))
                            .filter(Objects::nonNull)
                            .filter(d -> !d.isBefore(e.referralDate()) && !d.isAfter(asOf))
                            .max(Comparator.naturalOrder()).orElse(null);
                    rows.add(row(children.who(e.childId()), children.disability(e.childId()), e.referralDate(),
                            AnnexACodes.need(e.primaryNeed() == null ? null : e.primaryNeed().name()), lastSeen,
                            closed, closed == null || e.closureReason() == null ? null
                                    : AnnexACodes.closure(e.closureReason().name()),
                            status, children.team(e.childId()), children.worker(e.childId())));
                });
        return rows;
    }

    /**
     * List 7: every child protection plan open at some time in the period, with its latest statutory visit and
     * review conference by the as-of date, and whether the child was under an emergency protection order or police
     * protection in the six months before it.
     */
    static List<List<Object>> protection(AnnexAPeriod period, AnnexAChildren children, List<PlanView> plans,
            List<VisitView> visits, List<ConferenceView> conferences, List<ProtectionOrderView> orders) {
        LocalDate asOf = period.asOf();
        LocalDate sixMonths = asOf.minusMonths(6);
        List<List<Object>> rows = new ArrayList<>();
        plans.stream().filter(p -> children.known(p.childId()) && period.overlaps(p.startDate(), p.endDate()))
                .forEach(p -> {
                    VisitView visit = visits.stream().filter(v -> v.planId().equals(p.id())
                            && !v.visitedOn().isAfter(asOf)).max(Comparator.comparing(VisitView::visitedOn))
                            .orElse(null);
                    LocalDate review = conferences.stream().filter(c -> c.kind() == ConferenceKind.REVIEW
                            && p.id().equals(c.planId()) && !c.heldOn().isAfter(asOf))
                            .map(ConferenceView::heldOn).max(Comparator.naturalOrder()).orElse(null);
                    LocalDate ended = p.endDate() == null || p.endDate().isAfter(asOf) ? null : p.endDate();
                    boolean protectedRecently = orders.stream().anyMatch(o -> o.childId().equals(p.childId())
                            && !o.startDate().isAfter(asOf)
                            && (o.endDate() == null || !o.endDate().isBefore(sixMonths)));
                    rows.add(row(children.who(p.childId()), children.disability(p.childId()), p.startDate(),
                            AnnexACodes.abuse(name(p.initialCategory())), AnnexACodes.abuse(name(p.latestCategory())),
                            visit == null ? null : visit.visitedOn(),
                            visit == null ? null : AnnexACodes.yesNo(visit.seenAlone()), review, ended,
                            AnnexACodes.yesNo(protectedRecently), p.previousPlans(), children.team(p.childId()),
                            children.worker(p.childId())));
                });
        return rows;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    static boolean open(LocalDate start, LocalDate end, LocalDate on) {
        return start != null && !start.isAfter(on) && (end == null || end.isAfter(on));
    }
}
