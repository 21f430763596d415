package hearth.caseloads;

import hearth.careleavers.PersonalAdviserAllocated;
import hearth.caseloads.domain.WorkPeriod;
import hearth.caseloads.domain.WorkPeriodRepository;
import hearth.childinneed.CaseClosed;
import hearth.childinneed.CaseReopened;
import hearth.childprotection.ChildProtectionPlanEnded;
import hearth.childprotection.ChildProtectionPlanStarted;
import hearth.childrenincare.ChildBecameLookedAfter;
import hearth.childrenincare.ChildCeasedToBeLookedAfter;
import hearth.court.ProceedingsConcluded;
import hearth.court.ProceedingsIssued;
import hearth.earlyhelp.EarlyHelpClosed;
import hearth.earlyhelp.EarlyHelpStarted;
import hearth.earlyhelp.EarlyHelpSteppedUp;
import hearth.frontdoor.ReferralMade;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the kinds of work each child needs as periods, from the other contexts' events: a referral opens a child in
 * need episode (closed when the case closes), a protection plan, a period of care, care proceedings, a personal
 * adviser for a care leaver, an episode of early help.
 */
@Component
class WorkPeriods {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final WorkPeriodRepository periods;

    WorkPeriods(WorkPeriodRepository periods) {
        this.periods = periods;
    }

    @EventListener
    void on(ReferralMade e) {
        open(e.childId(), WorkKind.CHILD_IN_NEED, e.referralId(), e.date());
    }

    @EventListener
    void on(CaseClosed e) {
        close(e.childId(), WorkKind.CHILD_IN_NEED, e.closedOn());
    }

    @EventListener
    void on(CaseReopened e) {
        open(e.childId(), WorkKind.CHILD_IN_NEED, e.episodeId(), LocalDate.ofInstant(e.reopenedAt(), LONDON));
    }

    @EventListener
    void on(ChildProtectionPlanStarted e) {
        open(e.childId(), WorkKind.CHILD_PROTECTION, e.planId(), e.startDate());
    }

    @EventListener
    void on(ChildProtectionPlanEnded e) {
        close(e.childId(), WorkKind.CHILD_PROTECTION, e.endDate());
    }

    @EventListener
    void on(ChildBecameLookedAfter e) {
        open(e.childId(), WorkKind.LOOKED_AFTER, e.periodId(), e.startDate());
    }

    @EventListener
    void on(ChildCeasedToBeLookedAfter e) {
        close(e.childId(), WorkKind.LOOKED_AFTER, e.endDate());
    }

    @EventListener
    void on(ProceedingsIssued e) {
        open(e.childId(), WorkKind.COURT, e.proceedingsId(), e.issuedOn());
    }

    @EventListener
    void on(ProceedingsConcluded e) {
        close(e.childId(), WorkKind.COURT, e.date());
    }

    @EventListener
    void on(PersonalAdviserAllocated e) {
        open(e.childId(), WorkKind.CARE_LEAVER, e.allocationId(), e.from());
    }

    @EventListener
    void on(EarlyHelpStarted e) {
        open(e.childId(), WorkKind.EARLY_HELP, e.episodeId(), e.startedOn());
    }

    @EventListener
    void on(EarlyHelpClosed e) {
        close(e.childId(), WorkKind.EARLY_HELP, e.closedOn());
    }

    @EventListener
    void on(EarlyHelpSteppedUp e) {
        close(e.childId(), WorkKind.EARLY_HELP, e.steppedUpOn());
    }

    /** Opens a period unless one of the kind is already open (a second referral does not double the work). */
    void open(UUID childId, WorkKind kind, UUID source, LocalDate from) {
        if (childId == null || from == null || !periods.findByChildIdAndKindAndToIsNull(childId, kind).isEmpty()) {
            return;
        }
        periods.save(new WorkPeriod(childId, kind, source, from));
    }

    void close(UUID childId, WorkKind kind, LocalDate on) {
        if (childId == null || on == null) {
            return;
        }
        periods.findByChildIdAndKindAndToIsNull(childId, kind).forEach(p -> {
            p.end(on);
            periods.save(p);
        });
    }
}
