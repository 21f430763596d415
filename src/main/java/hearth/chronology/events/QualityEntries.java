package hearth.chronology.events;

import static hearth.chronology.EntryCategory.AUDITS_AND_PANELS;

import hearth.quality.AuditActionCompleted;
import hearth.quality.AuditModerated;
import hearth.quality.CaseAudited;
import hearth.quality.PanelDecisionRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Case audits, their moderation and actions, and panel decisions on the chronology. */
@Component
class QualityEntries {

    private final EventEntries entries;

    QualityEntries(EventEntries entries) {
        this.entries = entries;
    }

    @EventListener
    void on(CaseAudited e) {
        entries.record(Happened.to(e.childId(), e, e.auditId(), AUDITS_AND_PANELS).on(e.auditedOn())
                .says(e.grade()).link(findings(e.auditId())));
    }

    @EventListener
    void on(AuditModerated e) {
        entries.record(Happened.to(e.childId(), e, e.auditId(), AUDITS_AND_PANELS).on(e.moderatedOn())
                .variant(e.agreed() ? null : "changed").says(e.moderatedGrade()).link(findings(e.auditId())));
    }

    @EventListener
    void on(AuditActionCompleted e) {
        entries.record(Happened.to(e.childId(), e, e.actionId(), AUDITS_AND_PANELS).on(e.completedOn())
                .says(e.description()).link("/quality/actions/" + e.actionId()));
    }

    @EventListener
    void on(PanelDecisionRecorded e) {
        entries.record(Happened.to(e.childId(), e, e.decisionId(), AUDITS_AND_PANELS).on(e.heldOn())
                .says(e.panelName(), e.decision()).link("/quality/panels/" + e.meetingId()).significant(true));
    }

    private static String findings(java.util.UUID auditId) {
        return "/quality/audits/" + auditId + "/findings";
    }
}
