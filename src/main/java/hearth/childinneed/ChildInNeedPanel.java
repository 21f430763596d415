package hearth.childinneed;

import hearth.people.ChildRecordContributor;
import hearth.people.RecordBadge;
import hearth.people.RecordPanel;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The child's record shows a "Child in need" badge while an episode is open, and a panel with links. */
@Component
class ChildInNeedPanel implements ChildRecordContributor {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private final ChildrenInNeed childrenInNeed;
    private final MessageSource messages;

    ChildInNeedPanel(ChildrenInNeed childrenInNeed, MessageSource messages) {
        this.childrenInNeed = childrenInNeed;
        this.messages = messages;
    }

    @Override
    public List<RecordBadge> badges(UUID childId) {
        return childrenInNeed.openEpisodeFor(childId)
                .map(e -> e.status() == EpisodeStatus.CLOSURE_PROPOSED
                        ? List.of(new RecordBadge("childinneed.badge", "blue"),
                                new RecordBadge("childinneed.badge.closureProposed", "yellow"))
                        : List.of(new RecordBadge("childinneed.badge", "blue")))
                .orElse(List.of());
    }

    @Override
    public List<RecordPanel> panels(UUID childId) {
        List<EpisodeView> episodes = childrenInNeed.episodesFor(childId);
        if (episodes.isEmpty()) {
            return List.of();
        }
        List<RecordPanel.Row> rows = new ArrayList<>();
        List<RecordPanel.Link> links = new ArrayList<>();
        Optional<EpisodeView> open = episodes.stream().filter(EpisodeView::isOpen).findFirst();
        if (open.isPresent()) {
            EpisodeView e = open.get();
            rows.add(new RecordPanel.Row("childinneed.panel.current",
                    text("childinneed.panel.openSince", e.referralDate().format(DATE))));
            rows.add(new RecordPanel.Row("childinneed.episode.status", text("childinneed.status." + e.status())));
            rows.add(new RecordPanel.Row("childinneed.episode.primaryNeed", e.primaryNeed() == null
                    ? text("childinneed.notRecorded") : text("childinneed.need." + e.primaryNeed())));
            childrenInNeed.currentPlan(e.id()).ifPresent(p -> rows.add(new RecordPanel.Row(
                    "childinneed.plan.title", text("childinneed.plan.startedOn") + " " + p.startDate().format(DATE))));
            links.add(new RecordPanel.Link("childinneed.panel.view", "/cin-episodes/" + e.id()));
        } else {
            EpisodeView last = episodes.get(0);
            rows.add(new RecordPanel.Row("childinneed.panel.current", text("childinneed.panel.lastClosed",
                    last.closedOn().format(DATE), last.closureReason().name())));
            links.add(new RecordPanel.Link("childinneed.panel.view", "/cin-episodes/" + last.id()));
        }
        links.add(new RecordPanel.Link("childinneed.panel.all", "/children/" + childId + "/child-in-need"));
        return List.of(new RecordPanel(30, "childinneed.panel.title", rows, links));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
