package hearth.chronology.events;

import static hearth.chronology.EntryCategory.MISSING;
import static hearth.chronology.EntryCategory.RISK_OUTSIDE_HOME;

import hearth.missing.ChildReturnedFromMissing;
import hearth.missing.ChildWentMissing;
import hearth.missing.ExploitationMeetingHeld;
import hearth.missing.ExploitationRiskLevel;
import hearth.missing.ExploitationScreened;
import hearth.missing.MissingEpisodeCorrected;
import hearth.missing.MissingEpisodeVoided;
import hearth.missing.ReturnInterviewDeclined;
import hearth.missing.ReturnInterviewHeld;
import hearth.missing.ReturnInterviewOffered;
import hearth.missing.SafetyPlanAgreed;
import hearth.missing.SafetyPlanReviewed;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Missing episodes, return interviews and risk outside the home on the chronology. */
@Component
class MissingEntries {

    private final EventEntries entries;

    MissingEntries(EventEntries entries) {
        this.entries = entries;
    }

    @EventListener
    void on(ChildWentMissing e) {
        entries.record(Happened.to(e.childId(), e, e.episodeId(), MISSING).at(e.startedAt())
                .variant(e.fromCare() ? "fromCare" : null).says(e.kind()).link(episode(e.episodeId()))
                .significant(true));
    }

    @EventListener
    void on(ChildReturnedFromMissing e) {
        entries.record(Happened.to(e.childId(), e, e.episodeId(), MISSING).at(e.endedAt())
                .says(e.whereFound() == null ? "" : e.whereFound()).link(episode(e.episodeId())).significant(true));
    }

    @EventListener
    void on(MissingEpisodeCorrected e) {
        entries.record(Happened.to(e.childId(), e, UUID.nameUUIDFromBytes((e.episodeId() + "@" + e.correctedAt())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), MISSING).at(e.correctedAt()).says(e.reason())
                .link(episode(e.episodeId())));
    }

    @EventListener
    void on(MissingEpisodeVoided e) {
        entries.record(Happened.to(e.childId(), e, e.episodeId(), MISSING).at(e.voidedAt()).says(e.reason())
                .link(episode(e.episodeId())));
    }

    @EventListener
    void on(ReturnInterviewOffered e) {
        entries.record(Happened.to(e.childId(), e, e.episodeId(), MISSING).at(e.offeredAt())
                .link(episode(e.episodeId())));
    }

    @EventListener
    void on(ReturnInterviewDeclined e) {
        entries.record(Happened.to(e.childId(), e, e.episodeId(), MISSING).at(e.declinedAt())
                .link(episode(e.episodeId())));
    }

    @EventListener
    void on(ReturnInterviewHeld e) {
        entries.record(Happened.to(e.childId(), e, e.episodeId(), MISSING).at(e.heldAt()).says(e.heldBy())
                .variant(e.concerns().isEmpty() ? null : "concerns").link(episode(e.episodeId()))
                .significant(!e.concerns().isEmpty()));
    }

    @EventListener
    void on(ExploitationScreened e) {
        entries.record(Happened.to(e.childId(), e, e.screeningId(), RISK_OUTSIDE_HOME).on(e.screenedOn())
                .says(e.level()).link(risk(e.childId()))
                .significant(e.level() == ExploitationRiskLevel.HIGH || e.level() == ExploitationRiskLevel.MEDIUM));
    }

    @EventListener
    void on(ExploitationMeetingHeld e) {
        entries.record(Happened.to(e.childId(), e, e.meetingId(), RISK_OUTSIDE_HOME).on(e.heldOn())
                .link(risk(e.childId())).significant(true));
    }

    @EventListener
    void on(SafetyPlanAgreed e) {
        entries.record(Happened.to(e.childId(), e, e.planId(), RISK_OUTSIDE_HOME).on(e.agreedOn())
                .link(risk(e.childId())).significant(true));
    }

    @EventListener
    void on(SafetyPlanReviewed e) {
        entries.record(Happened.to(e.childId(), e, e.reviewId(), RISK_OUTSIDE_HOME).on(e.reviewedOn())
                .variant(e.continues() ? null : "ended").link(risk(e.childId())).significant(!e.continues()));
    }

    private static String episode(UUID episodeId) {
        return "/missing-episodes/" + episodeId;
    }

    private static String risk(UUID childId) {
        return "/children/" + childId + "/missing";
    }
}
