package hearth.missing;

import hearth.people.ChildRecordContributor;
import hearth.people.RecordBadge;
import hearth.people.RecordPanel;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The child's record shows a red "Missing now" badge while the child is missing or away, and a panel with the
 * last episode, the totals for the year, the current safety plan and links to the chronology and a new report.
 */
@Component
class MissingPanel implements ChildRecordContributor {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(hearth.timescales.Due.LONDON);
    private final MissingEpisodes missing;
    private final RiskOutsideHome risk;
    private final MessageSource messages;
    private final Clock clock;

    MissingPanel(MissingEpisodes missing, RiskOutsideHome risk, MessageSource messages, Clock clock) {
        this.missing = missing;
        this.risk = risk;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<RecordBadge> badges(UUID childId) {
        return missing.isMissingNow(childId) ? List.of(new RecordBadge("missing.badge.now", "red")) : List.of();
    }

    @Override
    public List<RecordPanel> panels(UUID childId) {
        List<MissingEpisodeView> episodes = missing.forChild(childId).stream().filter(e -> !e.voided()).toList();
        Optional<SafetyPlanView> plan = risk.currentPlan(childId);
        if (episodes.isEmpty() && plan.isEmpty() && risk.screeningsFor(childId).isEmpty()) {
            return List.of(new RecordPanel(60, "missing.panel.title",
                    List.of(new RecordPanel.Row("missing.panel.episodes", text("missing.panel.none"))),
                    List.of(new RecordPanel.Link("missing.panel.report", "/children/" + childId + "/missing/new"))));
        }
        List<RecordPanel.Row> rows = new ArrayList<>();
        if (!episodes.isEmpty()) {
            MissingEpisodeView last = episodes.get(0);
            rows.add(new RecordPanel.Row(last.missingNow() ? "missing.panel.missingSince" : "missing.panel.last",
                    WHEN.format(last.startedAt()) + (last.missingNow() ? " (" + hours(last.duration(clock.instant())) + ")" : "")));
            MissingTotals totals = missing.totalsFor(childId);
            rows.add(new RecordPanel.Row("missing.panel.year", text("missing.totals.summary", totals.episodesInYear(),
                    hours(totals.timeInYear()))));
        }
        plan.ifPresent(p -> rows.add(new RecordPanel.Row("missing.panel.plan", p.nextReviewDue() == null
                ? text("missing.plan.open") : text("missing.plan.reviewDue", p.nextReviewDue().format(DateTimeFormatter.ofPattern("d MMM yyyy"))))));
        List<RecordPanel.Link> links = new ArrayList<>();
        episodes.stream().filter(MissingEpisodeView::missingNow).findFirst().ifPresent(e -> links.add(
                new RecordPanel.Link("missing.panel.recordReturn", "/missing-episodes/" + e.id() + "/return")));
        links.add(new RecordPanel.Link("missing.panel.all", "/children/" + childId + "/missing"));
        links.add(new RecordPanel.Link("missing.panel.report", "/children/" + childId + "/missing/new"));
        return List.of(new RecordPanel(60, "missing.panel.title", rows, links));
    }

    static String hours(Duration d) {
        long h = d.toHours();
        long m = d.toMinutesPart();
        return h > 0 ? h + "h " + m + "m" : m + "m";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
