package hearth.chronology.events;

import static hearth.chronology.EntryCategory.EARLY_HELP;

import hearth.earlyhelp.EarlyHelpClosed;
import hearth.earlyhelp.EarlyHelpStarted;
import hearth.earlyhelp.EarlyHelpSteppedUp;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Early help (family help) on the chronology: how it began, stepping up to social care, and how it ended. */
@Component
class EarlyHelpEntries {

    private final EventEntries entries;

    EarlyHelpEntries(EventEntries entries) {
        this.entries = entries;
    }

    @EventListener
    void on(EarlyHelpStarted e) {
        entries.record(Happened.to(e.childId(), e, e.episodeId(), EARLY_HELP).on(e.startedOn()).says(e.origin())
                .link(link(e.episodeId())).significant(false));
    }

    @EventListener
    void on(EarlyHelpSteppedUp e) {
        entries.record(Happened.to(e.childId(), e, e.episodeId(), EARLY_HELP).on(e.steppedUpOn())
                .link(link(e.episodeId())).significant(true));
    }

    @EventListener
    void on(EarlyHelpClosed e) {
        entries.record(Happened.to(e.childId(), e, e.episodeId(), EARLY_HELP).on(e.closedOn()).says(e.outcome())
                .link(link(e.episodeId())).significant(false));
    }

    private static String link(UUID episodeId) {
        return "/early-help/" + episodeId;
    }
}
