package hearth.quality;

import hearth.platform.web.NotFoundException;
import hearth.quality.domain.PanelStore;
import hearth.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published API: panels (permanence, placement, legal gateway, or another the authority names). A meeting records
 * its date, chair and members; each decision on a child records the decision, its rationale and the actions, and
 * shows on the child's record and chronology.
 */
@Service
public class Panels {

    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 2000;
    private final PanelStore store;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Panels(PanelStore store, MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** Records a meeting; another kind of panel needs its name. Answers its id. */
    @Transactional
    public UUID hold(NewPanelMeeting m) {
        String name = m.name() == null || m.name().isBlank() ? null : m.name().strip();
        if (m.kind() == PanelKind.OTHER && name == null) {
            throw new IllegalArgumentException("quality.panel.error.name");
        }
        if (name == null) {
            name = messages.getMessage("quality.panelKind." + m.kind(), null, LocaleContextHolder.getLocale());
        }
        return store.create(m, name, CurrentUser.username(), clock.instant());
    }

    /** Records the panel's decision on a child; answers its id. */
    @Transactional
    public UUID decide(UUID meetingId, NewPanelDecision d) {
        PanelMeetingView meeting = find(meetingId);
        if (d.decision() == null || d.decision().isBlank() || d.rationale() == null || d.rationale().isBlank()) {
            throw new IllegalArgumentException("quality.decision.error.required");
        }
        UUID id = store.decide(meetingId, d, CurrentUser.username(), clock.instant());
        events.publishEvent(new PanelDecisionRecorded(d.childId(), id, meetingId, meeting.kind(), meeting.name(),
                meeting.heldOn(), d.decision()));
        return id;
    }

    @Transactional(readOnly = true)
    public PanelMeetingView find(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("Panel meeting"));
    }

    @Transactional(readOnly = true)
    public List<PanelMeetingView> all() {
        return store.all();
    }

    /** The child's panel decisions, latest first. */
    @Transactional(readOnly = true)
    public List<PanelDecisionView> forChild(UUID childId) {
        return store.forChild(childId);
    }
}
