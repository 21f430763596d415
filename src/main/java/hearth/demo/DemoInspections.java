package hearth.demo;

import hearth.inspection.ActionDetails;
import hearth.inspection.ImprovementStatus;
import hearth.inspection.InspectionGrade;
import hearth.inspection.ImprovementPlan;
import hearth.inspection.InspectionKind;
import hearth.inspection.InspectionView;
import hearth.inspection.Inspections;
import hearth.inspection.JudgementArea;
import hearth.inspection.NewInspection;
import hearth.performance.Measures;
import hearth.security.Role;
import hearth.timescales.Due;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Reading's real inspection history, as published (Ofsted's reports, the council's committee papers and the local
 * press): inadequate in 2016, requires improvement to be good in 2019, a focused visit in 2022, and the 2024 full
 * inspection (requires improvement overall; children in care and care leavers good) with its six "what needs to
 * improve" points answered by an improvement plan whose actions are linked to Hearth's measures. Recorded by the
 * director of children's services when each report was published. Where a source gives only the month or the year,
 * the dates recorded are approximate, and the inspection's summary says so.
 */
@Component
class DemoInspections implements DemoHistoryStep {

    static final String DIRECTOR = "dcs.demo";
    static final String REPORTS = "https://reports.ofsted.gov.uk/";

    static final List<String> POINTS_2024 = List.of(
            "The quality of assessment, planning and provision for children in need, 16- and 17-year-olds who are "
                    + "homeless and children living in private fostering arrangements.",
            "The timely identification of risk for children.",
            "The workforce development, training and support offer to attract and retain staff.",
            "The timely assessment of and support for connected carers, kinship carers and special guardians.",
            "The development and embedding of the response to children at risk of harm outside the home.",
            "The timely publication of the local offer for care leavers and the implementation of the delayed "
                    + "measures to improve corporate parenting for care-experienced young people.");

    static final List<String> POINTS_2022 = List.of(
            "Social workers do not sufficiently consider the extent of cumulative harm that children experience, "
                    + "and this leads to overly optimistic assessments of parental capacity to change.",
            "Assessments often consider only the last referral and do not take sufficient account of family "
                    + "history. Chronologies are not routinely completed.",
            "A small number of children do not get the intensive help that they need soon enough.",
            "Opportunities for children to voice their wishes are limited: they experience changes of social "
                    + "worker and rarely participate in their child protection conferences.");

    /** What the plan does about each 2024 point: an action, its owner, and the measures that show if it works. */
    record PlannedAction(int point, String title, String owner, int dueMonthsAfterPlan, List<String> measures) {
    }

    static final List<PlannedAction> PLAN_2024 = List.of(
            new PlannedAction(1, "Practice standards for children in need plans, with monthly audits of plan quality",
                    "Head of service, together for families", 9,
                    List.of("timeliness:assessment-45-working-days", "assessments-45wd", "timeliness:cin-review")),
            new PlannedAction(1, "A joint housing and children's services protocol for homeless 16- and 17-year-olds",
                    "Head of service, children's single point of access", 6, List.of()),
            new PlannedAction(2, "Strategy discussions held within a working day of a child protection concern",
                    "Head of service, children's single point of access", 6,
                    List.of("timeliness:strategy-discussion", "timeliness:contact-decision", "re-referrals")),
            new PlannedAction(2, "Initial child protection conferences within 15 working days of the strategy discussion",
                    "Head of safeguarding and quality assurance", 9,
                    List.of("timeliness:initial-cp-conference", "icpc-15wd")),
            new PlannedAction(3, "Lower caseloads in the together for families teams and a protected training day a month",
                    "Director of children's services", 12, List.of("timeliness:first-visit-after-allocation")),
            new PlannedAction(4, "Connected carers assessed within the 16 weeks of temporary approval",
                    "Head of service, fostering and kinship", 9,
                    List.of("timeliness:connected-person-temporary-approval", "timeliness:special-guardianship-report")),
            new PlannedAction(5, "Return interviews within 72 hours and reviewed safety plans for children at risk outside the home",
                    "Head of service, adolescents and exploitation", 9,
                    List.of("timeliness:missing-return-interview", "timeliness:exploitation-safety-plan-review")),
            new PlannedAction(6, "Publish the strengthened local offer for care leavers",
                    "Head of service, children in care and care leavers", 3,
                    List.of("timeliness:careleaver-contact", "care-leavers-in-touch",
                            "timeliness:careleaver-pathway-review")));

    private final Inspections inspections;
    private final ImprovementPlan plan;
    private final Measures measures;
    private final DemoActors actors;

    DemoInspections(Inspections inspections, ImprovementPlan plan, Measures measures, DemoActors actors) {
        this.inspections = inspections;
        this.plan = plan;
        this.measures = measures;
        this.actors = actors;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public void run(LocalDate today, int referralsPerYear, DemoCast cast, Random random, Consumer<String> progress) {
        record(LocalDate.of(2016, 8, 1), new NewInspection(InspectionKind.SINGLE_INSPECTION_FRAMEWORK,
                LocalDate.of(2016, 5, 1), null, null, null, null, REPORTS,
                "Rated inadequate in 2016, with \"serious, persistent and systemic failures\" across children's "
                        + "services, particularly for children in need and children at risk of significant harm. "
                        + "A notice of direction followed and Brighter Futures for Children was set up to run the "
                        + "service; the direction was lifted in February 2021. (Day and month approximate: the "
                        + "sources give the year.)",
                Map.of(JudgementArea.OVERALL_EFFECTIVENESS, InspectionGrade.INADEQUATE), List.of()));
        record(LocalDate.of(2019, 10, 1), new NewInspection(InspectionKind.FULL_INSPECTION, LocalDate.of(2019, 9, 1),
                null, null, "Tracy Scott", null, REPORTS,
                "Upgraded from inadequate to requires improvement to be good: \"There has been evidence of "
                        + "improvement in most areas of practice since the last inspection.\" Children in care and "
                        + "care leavers were judged together under this framework. (Day approximate: the sources "
                        + "give September 2019.)",
                Map.of(JudgementArea.OVERALL_EFFECTIVENESS, InspectionGrade.REQUIRES_IMPROVEMENT,
                        JudgementArea.IMPACT_OF_LEADERS, InspectionGrade.REQUIRES_IMPROVEMENT,
                        JudgementArea.HELP_AND_PROTECTION, InspectionGrade.REQUIRES_IMPROVEMENT,
                        JudgementArea.CHILDREN_IN_CARE, InspectionGrade.REQUIRES_IMPROVEMENT),
                List.of()));
        record(LocalDate.of(2022, 3, 21), new NewInspection(InspectionKind.FOCUSED_VISIT, LocalDate.of(2022, 2, 1),
                null, LocalDate.of(2022, 3, 21), "Alexander Kemp", null, REPORTS,
                "A focused visit looking at children in need and children on a child protection plan, including "
                        + "disabled children. Inspectors found the pace of change needed to accelerate; skilled work "
                        + "with disabled children was praised. No priority actions. (Day approximate: the visit was "
                        + "in February.)",
                Map.of(), POINTS_2022));
        UUID latest = record(LocalDate.of(2024, 7, 12), new NewInspection(InspectionKind.FULL_INSPECTION,
                LocalDate.of(2024, 4, 22), LocalDate.of(2024, 5, 3), LocalDate.of(2024, 7, 12),
                "Christine Kennet, His Majesty's Inspector", null, REPORTS,
                "Children and families living in Reading are not currently receiving consistently good services. "
                        + "Significant progress since 2019 for early help, disabled children, children in care and "
                        + "care leavers; leaders have stabilised the workforce. The action plan in response was owed "
                        + "to Ofsted by 21 October 2024.",
                Map.of(JudgementArea.OVERALL_EFFECTIVENESS, InspectionGrade.REQUIRES_IMPROVEMENT,
                        JudgementArea.IMPACT_OF_LEADERS, InspectionGrade.REQUIRES_IMPROVEMENT,
                        JudgementArea.HELP_AND_PROTECTION, InspectionGrade.REQUIRES_IMPROVEMENT,
                        JudgementArea.CHILDREN_IN_CARE, InspectionGrade.GOOD, JudgementArea.CARE_LEAVERS, InspectionGrade.GOOD),
                POINTS_2024));
        int actions = plan2024(latest, today, random);
        progress.accept("  4 inspections (2016 to 2024) and an improvement plan of " + actions + " actions");
    }

    private int plan2024(UUID inspectionId, LocalDate today, Random random) {
        InspectionView inspection = inspections.find(inspectionId).orElseThrow();
        LocalDate planned = LocalDate.of(2024, 10, 21);
        ImprovementStatus[] progressing = {ImprovementStatus.ON_TRACK, ImprovementStatus.ON_TRACK, ImprovementStatus.AT_RISK,
            ImprovementStatus.OFF_TRACK, ImprovementStatus.COMPLETE};
        int made = 0;
        for (PlannedAction a : PLAN_2024) {
            UUID pointId = inspection.points().get(a.point() - 1).id();
            LocalDate due = planned.plusMonths(a.dueMonthsAfterPlan());
            UUID actionId = as(planned, () -> plan.addAction(pointId,
                    new ActionDetails(a.title(), a.owner(), due, ImprovementStatus.NOT_STARTED, null)));
            for (String measureId : a.measures()) {
                if (measures.find(measureId).isPresent()) {
                    as(planned, () -> plan.linkMeasure(actionId, measureId));
                }
            }
            LocalDate reviewed = today.minusDays(14 + random.nextInt(30));
            if (reviewed.isAfter(planned)) {
                ImprovementStatus status = due.isBefore(reviewed) ? (random.nextBoolean() ? ImprovementStatus.COMPLETE
                        : ImprovementStatus.OFF_TRACK) : progressing[random.nextInt(progressing.length)];
                String evidence = status == ImprovementStatus.COMPLETE
                        ? "Done; the linked measures are watched at the monthly performance board."
                        : "Reviewed at the improvement board; see the linked measures' trend.";
                as(reviewed, () -> plan.update(actionId, 0,
                        new ActionDetails(a.title(), a.owner(), due, status, evidence)));
            }
            made++;
        }
        return made;
    }

    private UUID record(LocalDate on, NewInspection inspection) {
        return as(on, () -> inspections.record(inspection));
    }

    private <T> T as(LocalDate on, java.util.function.Supplier<T> work) {
        Instant at = on.atTime(10, 0).atZone(Due.LONDON).toInstant();
        return actors.as(DIRECTOR, Role.SENIOR_LEADER, at, work);
    }

    private void as(LocalDate on, Runnable work) {
        as(on, () -> {
            work.run();
            return null;
        });
    }
}
