package hearth.assessment;

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

/** The child's record shows the current or latest assessment, how far through its 45 days it is, and a link. */
@Component
class AssessmentPanel implements ChildRecordContributor {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private final Assessments assessments;
    private final MessageSource messages;

    AssessmentPanel(Assessments assessments, MessageSource messages) {
        this.assessments = assessments;
        this.messages = messages;
    }

    @Override
    public List<RecordBadge> badges(UUID childId) {
        List<AssessmentView> all = assessments.forChild(childId);
        return !all.isEmpty() && all.get(0).open()
                ? List.of(new RecordBadge("assessment.badge.open", "blue")) : List.of();
    }

    @Override
    public List<RecordPanel> panels(UUID childId) {
        List<AssessmentView> all = assessments.forChild(childId);
        if (all.isEmpty()) {
            return List.of();
        }
        AssessmentView latest = all.get(0);
        AssessmentTimeliness t = assessments.timeliness(latest);
        List<RecordPanel.Row> rows = new ArrayList<>();
        rows.add(new RecordPanel.Row("assessment.panel.referral", latest.referralDate().format(DATE)));
        rows.add(new RecordPanel.Row("assessment.panel.status", text("assessment.status." + latest.status())));
        if (latest.outcome() != null) {
            rows.add(new RecordPanel.Row("assessment.panel.outcome", text("assessment.outcome." + latest.outcome())));
        }
        rows.add(new RecordPanel.Row("assessment.panel.days", text(t.overdue() ? "assessment.days.overdue"
                : "assessment.days.ok", t.workingDaysElapsed(), t.dueDate().format(DATE))));
        if (latest.firstVisitLate()) {
            rows.add(new RecordPanel.Row("assessment.panel.firstVisit",
                    text("assessment.firstVisit.late", latest.firstVisitDaysLate())));
        }
        return List.of(new RecordPanel(30, "assessment.panel.title", rows,
                List.of(new RecordPanel.Link("assessment.panel.view", "/assessments/" + latest.id()))));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
