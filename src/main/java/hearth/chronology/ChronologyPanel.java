package hearth.chronology;

import hearth.people.ChildRecordContributor;
import hearth.people.RecordPanel;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The child's record links to the chronology, with how many entries and the latest significant event. */
@Component
class ChronologyPanel implements ChildRecordContributor {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final int LATEST_LENGTH = 160;
    private final Chronology chronology;
    private final MessageSource messages;

    ChronologyPanel(Chronology chronology, MessageSource messages) {
        this.chronology = chronology;
        this.messages = messages;
    }

    @Override
    public List<RecordPanel> panels(UUID childId) {
        List<EntryView> entries = chronology.entriesFor(childId, ChronologyFilter.ALL);
        List<EntryView> significant = entries.stream().filter(EntryView::significant).toList();
        List<RecordPanel.Row> rows = new ArrayList<>();
        rows.add(new RecordPanel.Row("chronology.panel.entries", String.valueOf(entries.size())));
        rows.add(new RecordPanel.Row("chronology.panel.significant", String.valueOf(significant.size())));
        if (significant.isEmpty()) {
            rows.add(new RecordPanel.Row("chronology.panel.latest", text("chronology.panel.none")));
        } else {
            EntryView latest = significant.get(significant.size() - 1);
            String summary = latest.summary().length() > LATEST_LENGTH
                    ? latest.summary().substring(0, LATEST_LENGTH - 1) + "\u2026" : latest.summary();
            rows.add(new RecordPanel.Row("chronology.panel.latest", DATE.format(latest.occurredOn()) + ": " + summary));
        }
        List<RecordPanel.Link> links = new ArrayList<>();
        links.add(new RecordPanel.Link("chronology.panel.view", "/children/" + childId + "/chronology"));
        links.add(new RecordPanel.Link("chronology.panel.viewSignificant",
                "/children/" + childId + "/chronology?view=significant"));
        if (CurrentUser.get().filter(u -> u.has(Permission.RECORD_CASE_WORK)).isPresent()) {
            links.add(new RecordPanel.Link("chronology.add", "/children/" + childId + "/chronology/new"));
        }
        return List.of(new RecordPanel(15, "chronology.panel.title", rows, links));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
