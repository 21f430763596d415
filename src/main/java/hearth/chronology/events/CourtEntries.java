package hearth.chronology.events;

import static hearth.chronology.EntryCategory.COURT;

import hearth.court.CourtOrderEnded;
import hearth.court.CourtOrderMade;
import hearth.court.LetterBeforeProceedingsSent;
import hearth.court.PreProceedingsEnded;
import hearth.court.PreProceedingsStarted;
import hearth.court.ProceedingsConcluded;
import hearth.court.ProceedingsExtended;
import hearth.court.ProceedingsIssued;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The Public Law Outline and care proceedings on the chronology; the child's legal page holds the detail. */
@Component
class CourtEntries {

    private final EventEntries entries;

    CourtEntries(EventEntries entries) {
        this.entries = entries;
    }

    @EventListener
    void on(PreProceedingsStarted e) {
        entries.record(court(e.childId(), e, e.preProceedingsId()).on(e.startedOn()).significant(true));
    }

    @EventListener
    void on(LetterBeforeProceedingsSent e) {
        entries.record(court(e.childId(), e, e.preProceedingsId()).on(e.sentOn()).significant(true));
    }

    @EventListener
    void on(PreProceedingsEnded e) {
        entries.record(court(e.childId(), e, e.preProceedingsId()).on(e.endedOn()).says(e.outcome())
                .significant(true));
    }

    @EventListener
    void on(ProceedingsIssued e) {
        entries.record(court(e.childId(), e, e.proceedingsId()).on(e.issuedOn())
                .says(e.court(), e.caseNumber(), Dates.text(e.deadline())).significant(true));
    }

    @EventListener
    void on(ProceedingsExtended e) {
        entries.record(court(e.childId(), e, UUID.nameUUIDFromBytes((e.proceedingsId() + ":" + e.grantedOn() + ":"
                + e.newDeadline()).getBytes(java.nio.charset.StandardCharsets.UTF_8))).on(e.grantedOn())
                .says(e.weeks(), Dates.text(e.newDeadline())));
    }

    @EventListener
    void on(CourtOrderMade e) {
        entries.record(court(e.childId(), e, e.orderId()).on(e.date()).says(e.orderType()).significant(true));
    }

    @EventListener
    void on(CourtOrderEnded e) {
        entries.record(court(e.childId(), e, e.orderId()).on(e.date()).says(e.orderType()).significant(true));
    }

    @EventListener
    void on(ProceedingsConcluded e) {
        entries.record(court(e.childId(), e, e.proceedingsId()).on(e.date()).says(e.outcome()).significant(true));
    }

    private static Happened court(UUID childId, Object event, UUID recordId) {
        return Happened.to(childId, event, recordId, COURT).link("/children/" + childId + "/legal");
    }
}
