package hearth.earlyhelp;

import hearth.people.ChildRecordContributor;
import hearth.people.RecordBadge;
import hearth.people.RecordPanel;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The child's record shows an "Early help" badge while an episode is active, and a panel on the latest one. */
@Component
class EarlyHelpPanel implements ChildRecordContributor {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private final EarlyHelp earlyHelp;
    private final MessageSource messages;

    EarlyHelpPanel(EarlyHelp earlyHelp, MessageSource messages) {
        this.earlyHelp = earlyHelp;
        this.messages = messages;
    }

    @Override
    public List<RecordBadge> badges(UUID childId) {
        return earlyHelp.hasActiveEpisode(childId) ? List.of(new RecordBadge("earlyhelp.badge", "turquoise"))
                : List.of();
    }

    @Override
    public List<RecordPanel> panels(UUID childId) {
        List<EpisodeView> episodes = earlyHelp.episodesFor(childId);
        List<RecordPanel.Row> rows = new ArrayList<>();
        List<RecordPanel.Link> links = new ArrayList<>();
        if (episodes.isEmpty()) {
            rows.add(new RecordPanel.Row("earlyhelp.panel.status", text("earlyhelp.panel.none")));
        } else {
            EpisodeView latest = episodes.get(0);
            rows.add(new RecordPanel.Row("earlyhelp.panel.status", text("earlyhelp.status." + latest.status())));
            rows.add(new RecordPanel.Row("earlyhelp.panel.began", text("earlyhelp.panel.beganValue",
                    latest.startedOn().format(DATE), text("earlyhelp.origin." + latest.origin()))));
            if (latest.lead() != null) {
                rows.add(new RecordPanel.Row("earlyhelp.panel.lead",
                        latest.lead().name() + ", " + latest.lead().agency()));
            }
            if (latest.status() == EpisodeStatus.WAITING) {
                earlyHelp.waitingFor(latest.id()).stream().filter(WaitingView::waiting).findFirst()
                        .ifPresent(w -> rows.add(new RecordPanel.Row("earlyhelp.panel.waiting",
                                text("earlyhelp.panel.waitingValue", w.daysWaiting(), w.since().format(DATE)))));
            }
            links.add(new RecordPanel.Link("earlyhelp.panel.view", "/early-help/" + latest.id()));
        }
        if (episodes.size() > 1 || !episodes.isEmpty() && !episodes.get(0).active()) {
            links.add(new RecordPanel.Link("earlyhelp.panel.all", "/children/" + childId + "/early-help"));
        }
        if (CurrentUser.get().filter(u -> u.has(Permission.RECORD_CASE_WORK)).isPresent()
                && episodes.stream().noneMatch(EpisodeView::active)) {
            links.add(new RecordPanel.Link("earlyhelp.panel.start", "/children/" + childId + "/early-help/new"));
        }
        return List.of(new RecordPanel(30, "earlyhelp.panel.title", rows, links));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
