package hearth.chronology.events;

import static hearth.chronology.EntryCategory.ASSESSMENT;

import hearth.assessment.AssessmentAuthorised;
import hearth.assessment.AssessmentReturned;
import hearth.assessment.AssessmentStarted;
import hearth.assessment.AssessmentSubmitted;
import hearth.assessment.AssessmentVisitRecorded;
import hearth.timescales.Due;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The child and family assessment on the chronology: its start, visits, submission, return and authorisation. */
@Component
class AssessmentEntries {

    private final EventEntries entries;
    private final Clock clock;

    AssessmentEntries(EventEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @EventListener
    void on(AssessmentStarted e) {
        entries.record(Happened.to(e.childId(), e, e.assessmentId(), ASSESSMENT).on(e.startDate())
                .link(link(e.assessmentId())));
    }

    @EventListener
    void on(AssessmentVisitRecorded e) {
        entries.record(Happened.to(e.childId(), e, e.visitId(), ASSESSMENT).on(e.date())
                .variant(e.childSeen() ? (e.seenAlone() ? "seenAlone" : "seen") : "notSeen")
                .link(link(e.assessmentId())));
    }

    @EventListener
    void on(AssessmentSubmitted e) {
        entries.record(Happened.to(e.childId(), e, e.assessmentId(), ASSESSMENT).on(e.completedOn())
                .says(e.outcome()).link(link(e.assessmentId())));
    }

    /** The event carries no date: it is entered on the day it happened, which is today. */
    @EventListener
    void on(AssessmentReturned e) {
        entries.record(Happened.to(e.childId(), e, hearth.shared.Ids.next(), ASSESSMENT)
                .on(LocalDate.now(clock.withZone(Due.LONDON))).says(e.reason()).link(link(e.assessmentId())));
    }

    @EventListener
    void on(AssessmentAuthorised e) {
        entries.record(Happened.to(e.childId(), e, e.assessmentId(), ASSESSMENT).on(e.completedOn())
                .says(e.outcome()).link(link(e.assessmentId())).significant(true));
    }

    private static String link(java.util.UUID assessmentId) {
        return "/assessments/" + assessmentId;
    }
}
