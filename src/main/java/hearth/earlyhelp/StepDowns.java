package hearth.earlyhelp;

import hearth.assessment.AssessmentAuthorised;
import hearth.assessment.AssessmentOutcome;
import hearth.childinneed.CaseClosed;
import hearth.frontdoor.ContactDecided;
import hearth.frontdoor.ContactView;
import hearth.frontdoor.FrontDoor;
import hearth.frontdoor.ThresholdDecision;
import hearth.timescales.Due;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens an episode of early help when the front door decides a contact for early help, when an authorised
 * assessment steps down, and when a child in need episode closes with step-down. Synchronous, in the deciding
 * transaction. A child who already has an active episode keeps it: nothing new opens.
 */
@Component
class StepDowns {

    private static final Logger log = LoggerFactory.getLogger(StepDowns.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final EarlyHelp earlyHelp;
    private final FrontDoor frontDoor;
    private final MessageSource messages;
    private final Clock clock;

    StepDowns(EarlyHelp earlyHelp, FrontDoor frontDoor, MessageSource messages, Clock clock) {
        this.earlyHelp = earlyHelp;
        this.frontDoor = frontDoor;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void on(ContactDecided decided) {
        if (decided.decision() != ThresholdDecision.EARLY_HELP) {
            return;
        }
        String rationale = frontDoor.find(decided.contactId()).map(ContactView::decisionRationale).orElse("");
        open(decided.childId(), Origin.FRONT_DOOR, decided.contactId(),
                text("earlyhelp.reason.frontDoor", rationale), LocalDate.ofInstant(decided.decidedAt(), Due.LONDON));
    }

    @EventListener
    void on(AssessmentAuthorised authorised) {
        if (authorised.outcome() != AssessmentOutcome.STEP_DOWN_TO_EARLY_HELP) {
            return;
        }
        String completed = authorised.completedOn() == null ? "" : authorised.completedOn().format(DATE);
        open(authorised.childId(), Origin.STEP_DOWN_FROM_ASSESSMENT, authorised.assessmentId(),
                text("earlyhelp.reason.assessment", completed, authorised.authorisedBy()),
                LocalDate.now(clock.withZone(Due.LONDON)));
    }

    @EventListener
    void on(CaseClosed closed) {
        if (!closed.stepDownToEarlyHelp()) {
            return;
        }
        open(closed.childId(), Origin.STEP_DOWN_AT_CLOSURE, closed.episodeId(),
                text("earlyhelp.reason.closure", String.valueOf(closed.reason()), closed.authorisedBy()),
                closed.closedOn());
    }

    private void open(UUID childId, Origin origin, UUID originId, String reason, LocalDate on) {
        if (earlyHelp.hasActiveEpisode(childId)) {
            log.info("Child {} already has active early help; {} opens nothing new", childId, origin);
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(Due.LONDON));
        String why = reason.length() > 4000 ? reason.substring(0, 4000) : reason;
        earlyHelp.open(childId, origin, originId, why, on == null || on.isAfter(today) ? today : on);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }
}
