package hearth.quality;

import hearth.people.ChildRecordContributor;
import hearth.people.RecordPanel;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The child's record shows the latest panel decisions and case audit (its counted grade and open actions). */
@Component
class QualityRecordPanel implements ChildRecordContributor {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final int SHOWN = 3;
    private final Panels panels;
    private final CaseAudits audits;
    private final MessageSource messages;

    QualityRecordPanel(Panels panels, CaseAudits audits, MessageSource messages) {
        this.panels = panels;
        this.audits = audits;
        this.messages = messages;
    }

    @Override
    public List<RecordPanel> panels(UUID childId) {
        List<RecordPanel> shown = new ArrayList<>();
        List<PanelDecisionView> decisions = panels.forChild(childId);
        if (!decisions.isEmpty()) {
            List<RecordPanel.Row> rows = decisions.stream().limit(SHOWN).map(d -> new RecordPanel.Row(
                    "quality.record.decision", text("quality.record.decisionText", d.panelName(),
                            DAY.format(d.heldOn()), d.decision()))).toList();
            List<RecordPanel.Link> links = List.of(new RecordPanel.Link("quality.record.allDecisions",
                    "/children/" + childId + "/panel-decisions"));
            shown.add(new RecordPanel(85, "quality.record.panels", rows, links));
        }
        List<AuditView> done = audits.forChild(childId);
        if (!done.isEmpty()) {
            AuditView last = done.get(0);
            long open = last.actions().stream().filter(a -> a.status() == AuditActionStatus.OPEN).count();
            shown.add(new RecordPanel(86, "quality.record.audit", List.of(
                    new RecordPanel.Row("quality.record.lastAudit", text("quality.record.lastAuditText",
                            DAY.format(last.auditedOn()), text("quality.grade." + last.countedGrade()))),
                    new RecordPanel.Row("quality.record.openActions", String.valueOf(open))),
                    List.of(new RecordPanel.Link("quality.record.findings", "/quality/audits/" + last.id()
                            + "/findings"))));
        }
        return shown;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
