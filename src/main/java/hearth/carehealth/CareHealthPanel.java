package hearth.carehealth;

import hearth.people.ChildRecordContributor;
import hearth.people.RecordBadge;
import hearth.people.RecordPanel;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The child's record shows a health and education panel for a child who is or was looked after: what is due next
 * and what is overdue, and the latest health assessment, dental check, SDQ and PEP; a red badge while anything is
 * overdue.
 */
@Component
class CareHealthPanel implements ChildRecordContributor {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final int DUE_ROWS = 4;
    private final CareHealth careHealth;
    private final MessageSource messages;

    CareHealthPanel(CareHealth careHealth, MessageSource messages) {
        this.careHealth = careHealth;
        this.messages = messages;
    }

    @Override
    public List<RecordBadge> badges(UUID childId) {
        CareHealthSummary summary = careHealth.summaryFor(childId);
        return summary.lookedAfter() && summary.overdueCount() > 0
                ? List.of(new RecordBadge("carehealth.badge.overdue", "red")) : List.of();
    }

    @Override
    public List<RecordPanel> panels(UUID childId) {
        CareHealthSummary s = careHealth.summaryFor(childId);
        if (!s.known()) {
            return List.of();
        }
        List<RecordPanel.Row> rows = new ArrayList<>();
        rows.add(new RecordPanel.Row("carehealth.panel.lookedAfter", s.lookedAfter()
                ? text("carehealth.panel.since", s.lookedAfterSince().format(DATE))
                : text("carehealth.panel.ceased", s.ceasedOn().format(DATE))));
        s.due().stream().limit(DUE_ROWS).forEach(d -> rows.add(new RecordPanel.Row(d.nameKey(), d.overdue()
                ? text("carehealth.due.overdue", d.dueDate().format(DATE))
                : text("carehealth.due.by", d.dueDate().format(DATE)))));
        rows.add(new RecordPanel.Row("carehealth.panel.lastHealthAssessment", last(s,
                CareHealthKind.REVIEW_HEALTH_ASSESSMENT, CareHealthKind.INITIAL_HEALTH_ASSESSMENT)));
        rows.add(new RecordPanel.Row("carehealth.panel.lastDental", last(s, CareHealthKind.DENTAL_CHECK)));
        CareHealthRecordView sdq = s.latest(CareHealthKind.SDQ);
        rows.add(new RecordPanel.Row("carehealth.panel.lastSdq", sdq == null ? text("carehealth.none")
                : text("carehealth.panel.score", sdq.score(), sdq.date().format(DATE))));
        rows.add(new RecordPanel.Row("carehealth.panel.lastPep", last(s, CareHealthKind.PEP_REVIEW, CareHealthKind.PEP)));
        return List.of(new RecordPanel(45, "carehealth.panel.title", rows, List.of(
                new RecordPanel.Link("carehealth.panel.view", "/children/" + childId + "/care-health"))));
    }

    private String last(CareHealthSummary s, CareHealthKind... kinds) {
        CareHealthRecordView found = null;
        for (CareHealthKind kind : kinds) {
            CareHealthRecordView r = s.latest(kind);
            if (r != null && (found == null || r.date().isAfter(found.date()))) {
                found = r;
            }
        }
        return found == null ? text("carehealth.none")
                : text("carehealth.panel.onBy", found.date().format(DATE), found.byWhom());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
