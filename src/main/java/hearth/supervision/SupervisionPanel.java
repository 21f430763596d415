package hearth.supervision;

import hearth.people.ChildRecordContributor;
import hearth.people.RecordPanel;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The child's record shows the last case supervision, open actions and the last management oversight. */
@Component
class SupervisionPanel implements ChildRecordContributor {

    private final CaseSupervisions supervisions;
    private final ManagementOversight oversight;
    private final MessageSource messages;

    SupervisionPanel(CaseSupervisions supervisions, ManagementOversight oversight, MessageSource messages) {
        this.supervisions = supervisions;
        this.oversight = oversight;
        this.messages = messages;
    }

    @Override
    public List<RecordPanel> panels(UUID childId) {
        List<CaseSupervisionView> held = supervisions.of(childId);
        List<OversightView> entries = oversight.of(childId);
        List<RecordPanel.Row> rows = new ArrayList<>();
        rows.add(new RecordPanel.Row("supervision.panel.last", held.isEmpty() ? text("supervision.panel.none")
                : text("supervision.panel.lastValue", OverdueSupervisionAlerts.DATE.format(held.get(0).heldOn()),
                        held.get(0).supervisor(), held.get(0).worker())));
        long open = held.stream().flatMap(s -> s.actions().stream()).filter(a -> !a.done()).count();
        rows.add(new RecordPanel.Row("supervision.panel.actions", text("supervision.panel.actionsValue", open)));
        rows.add(new RecordPanel.Row("supervision.panel.oversight", entries.isEmpty()
                ? text("supervision.panel.noOversight")
                : text("supervision.panel.oversightValue", OverdueSupervisionAlerts.DATE.format(
                        entries.get(0).recordedOn()), entries.get(0).manager(),
                        OverdueSupervisionAlerts.DATE.format(entries.get(0).nextReviewOn()))));
        List<RecordPanel.Link> links = new ArrayList<>();
        links.add(new RecordPanel.Link("supervision.panel.view", "/children/" + childId + "/supervision"));
        if (CurrentUser.get().filter(u -> u.has(Permission.SUPERVISE_STAFF)).isPresent()) {
            links.add(new RecordPanel.Link("supervision.panel.record", "/children/" + childId + "/supervision/new"));
            links.add(new RecordPanel.Link("supervision.panel.recordOversight",
                    "/children/" + childId + "/oversight/new"));
        }
        return List.of(new RecordPanel(14, "supervision.panel.title", rows, links));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
