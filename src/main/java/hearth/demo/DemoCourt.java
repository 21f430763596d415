package hearth.demo;

import hearth.court.Court;
import hearth.court.FinalOutcome;
import hearth.court.GatewayDecision;
import hearth.court.GatewayView;
import hearth.court.HearingType;
import hearth.court.MeetingKind;
import hearth.court.OrderType;
import hearth.court.PreProceedingsOutcome;
import hearth.court.ProceedingsView;
import hearth.security.Role;
import hearth.timescales.WorkingDays;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The legal route for the few children whose plans do not make them safe: a legal gateway meeting, the letter
 * before proceedings, pre-proceedings meetings, then stepping down or issuing care proceedings with hearings, an
 * interim care order and a final order, most within 26 weeks and some extended.
 */
@Component
class DemoCourt {

    private final Court court;
    private final DemoActors actors;
    private final WorkingDays workingDays;
    private final DemoChildrenInCare children;

    DemoCourt(Court court, DemoActors actors, WorkingDays workingDays, DemoChildrenInCare children) {
        this.children = children;
        this.court = court;
        this.actors = actors;
        this.workingDays = workingDays;
    }

    /** Answers the day a final care order was made, if the route got there before {@code now}. */
    Optional<LocalDate> follow(UUID childId, LocalDate gatewayOn, String worker, String manager, Instant now,
            Random random) {
        var calendar = workingDays.statutory();
        if (!due(gatewayOn, now)) {
            return Optional.empty();
        }
        GatewayView gateway = actors.as(manager, Role.TEAM_MANAGER, DemoAssessments.at(gatewayOn, 10),
                () -> court.recordGateway(childId, gatewayOn, "Team manager, social worker, local authority solicitor",
                        GatewayDecision.ENTER_PRE_PROCEEDINGS, "Threshold met; risks persist despite the plan."));
        UUID pp = gateway.preProceedingsId();
        LocalDate letter = calendar.addWorkingDays(gatewayOn, random.nextInt(10) < 8 ? 3 + random.nextInt(6) : 11 + random.nextInt(8));
        if (!due(letter, now)) {
            return Optional.empty();
        }
        actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(letter, 10),
                () -> court.sendLetter(pp, court.findPreProceedings(pp).orElseThrow().version(), letter));
        LocalDate meeting = calendar.addWorkingDays(letter, 5 + random.nextInt(5));
        if (!due(meeting, now)) {
            return Optional.empty();
        }
        actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(meeting, 10), () -> court.recordMeeting(pp,
                MeetingKind.MEETING, meeting, "Parents, their solicitor, social worker, team manager",
                "Expectations agreed; a family group conference offered."));
        LocalDate decided = meeting.plusWeeks(8 + random.nextInt(8));
        if (!due(decided, now)) {
            return Optional.empty();
        }
        boolean issue = random.nextBoolean();
        actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(decided, 10), () -> court.decide(pp,
                court.findPreProceedings(pp).orElseThrow().version(), issue ? PreProceedingsOutcome.ISSUE_PROCEEDINGS
                        : PreProceedingsOutcome.STEP_DOWN, decided,
                issue ? "Insufficient change within the child's timescale." : "Parents made and kept the changes asked."));
        if (!issue) {
            return Optional.empty();
        }
        LocalDate issued = calendar.addWorkingDays(decided, 2 + random.nextInt(8));
        if (!due(issued, now)) {
            return Optional.empty();
        }
        ProceedingsView proceedings = actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(issued, 10),
                () -> court.issue(childId, issued, "Family Court at Reading", "RG" + (10_000 + random.nextInt(89_999))));
        UUID id = proceedings.id();
        LocalDate cmh = calendar.addWorkingDays(issued, 8 + random.nextInt(5));
        if (!due(cmh, now)) {
            return Optional.empty();
        }
        actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(cmh, 14), () -> {
            court.recordHearing(id, cmh, HearingType.CMH, "Directions given; interim care order made.");
            court.makeOrder(id, OrderType.INTERIM_CARE_ORDER, cmh);
        });
        Optional<LocalDate> order = toFinalOrder(id, issued, worker, now, random);
        children.fromCourt(childId, cmh, order.orElse(null), worker, now);
        return order;
    }

    /** From the interim order to the final care order, most within 26 weeks, some extended. */
    private Optional<LocalDate> toFinalOrder(UUID id, LocalDate issued, String worker, Instant now, Random random) {
        boolean extended = random.nextInt(10) < 3;
        LocalDate last = issued.plusWeeks(extended ? 28 + random.nextInt(6) : 20 + random.nextInt(6));
        if (extended) {
            LocalDate granted = issued.plusWeeks(24);
            if (!due(granted, now)) {
                return Optional.empty();
            }
            actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(granted, 14), () -> court.extend(id,
                    court.findProceedings(id).orElseThrow().version(), granted, 8,
                    "A further parenting assessment is needed to resolve the case justly."));
        }
        if (!due(last, now)) {
            return Optional.empty();
        }
        actors.as(worker, Role.SOCIAL_WORKER, DemoAssessments.at(last, 14), () -> {
            court.recordHearing(id, last, HearingType.FINAL, "Final care order made.");
            court.makeOrder(id, OrderType.CARE_ORDER, last);
            court.conclude(id, court.findProceedings(id).orElseThrow().version(), FinalOutcome.CARE_ORDER, last);
        });
        return Optional.of(last);
    }

    private static boolean due(LocalDate day, Instant now) {
        return !DemoAssessments.at(day, 16).isAfter(now);
    }
}
