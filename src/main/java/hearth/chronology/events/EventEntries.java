package hearth.chronology.events;

import hearth.chronology.domain.ChronologyEntry;
import hearth.chronology.domain.ChronologyEntryRepository;
import hearth.security.CurrentUser;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters another context's event on the child's chronology, in the publisher's transaction, once per event. The
 * listeners beside this class say what each event means; adding a context is one more such class.
 */
@Service
public class EventEntries {

    /** The longest summary kept; the full record is a link away. */
    static final int MAX_SUMMARY = 4000;
    private final ChronologyEntryRepository entries;
    private final MessageSource messages;
    private final Clock clock;

    EventEntries(ChronologyEntryRepository entries, MessageSource messages, Clock clock) {
        this.entries = entries;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public void record(Happened happened) {
        if (happened.childId == null || happened.occurredOn == null) {
            throw new IllegalArgumentException(happened.eventType + " needs a child and a date for the chronology");
        }
        if (entries.existsByChildIdAndEventRef(happened.childId, happened.eventRef)) {
            return;
        }
        Object[] args = Arrays.stream(happened.args).map(this::label).toArray();
        String summary = messages.getMessage(happened.summaryKey(), args, Locale.UK);
        if (summary.length() > MAX_SUMMARY) {
            summary = summary.substring(0, MAX_SUMMARY - 1) + "\u2026";
        }
        entries.save(ChronologyEntry.automatic(happened.childId, happened.occurredOn, happened.occurredAt,
                happened.category, summary, messages.getMessage("chronology.source.automatic", null, Locale.UK),
                happened.eventRef, happened.link, happened.groupId, happened.significant, CurrentUser.username(),
                clock.instant()));
    }

    /**
     * Voids the entry an earlier event made (when the record it came from is voided in its own context), keeping it
     * with the reason; nothing happens when there is no such entry or it is already voided.
     */
    @Transactional
    public void voidRecorded(UUID childId, Class<?> eventType, UUID recordId, String reason) {
        String ref = eventType.getSimpleName() + ":" + recordId;
        entries.findByChildIdAndEventRef(childId, ref).stream().filter(e -> !e.isVoided())
                .forEach(e -> e.voidEntry(reason, CurrentUser.username(), clock.instant()));
    }

    private Object label(Object arg) {
        if (arg instanceof Enum<?> e) {
            return messages.getMessage("chronology." + e.getDeclaringClass().getSimpleName() + "." + e.name(), null,
                    e.name(), Locale.UK);
        }
        if (arg instanceof Boolean b) {
            return messages.getMessage("chronology.yesNo." + b, null, Locale.UK);
        }
        return arg == null ? "" : arg;
    }
}
