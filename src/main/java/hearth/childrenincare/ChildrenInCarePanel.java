package hearth.childrenincare;

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

/** The child's record shows a "Looked after" badge while a period of care is open, and a panel with links. */
@Component
class ChildrenInCarePanel implements ChildRecordContributor {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private final ChildrenInCare care;
    private final MessageSource messages;

    ChildrenInCarePanel(ChildrenInCare care, MessageSource messages) {
        this.care = care;
        this.messages = messages;
    }

    @Override
    public List<RecordBadge> badges(UUID childId) {
        return care.openPeriodFor(childId).map(p -> List.of(new RecordBadge("childrenincare.badge", "purple")))
                .orElse(List.of());
    }

    @Override
    public List<RecordPanel> panels(UUID childId) {
        List<CarePeriodView> periods = care.periodsFor(childId);
        if (periods.isEmpty()) {
            return List.of(new RecordPanel(35, "childrenincare.panel.title", List.of(),
                    List.of(new RecordPanel.Link("childrenincare.periods.start", "/children/" + childId + "/care/new"))));
        }
        CarePeriodView latest = periods.get(0);
        List<RecordPanel.Row> rows = new ArrayList<>();
        if (latest.isOpen()) {
            List<LegalStatusView> statuses = care.legalStatusesOf(latest.id());
            rows.add(new RecordPanel.Row("childrenincare.panel.current", text("childrenincare.panel.since",
                    latest.startDate().format(DATE), statuses.get(statuses.size() - 1).status().name())));
            List<PlacementView> placements = care.placementsOf(latest.id());
            rows.add(new RecordPanel.Row("childrenincare.panel.placement", placements.isEmpty()
                    ? text("childrenincare.panel.notPlaced")
                    : text("childrenincare.panel.placedSince", placements.get(placements.size() - 1).carerName(),
                            placements.get(placements.size() - 1).startDate().format(DATE))));
        } else {
            rows.add(new RecordPanel.Row("childrenincare.panel.current", text("childrenincare.panel.lastCeased",
                    latest.endDate().format(DATE), latest.reasonCeased().name())));
        }
        List<RecordPanel.Link> links = List.of(
                new RecordPanel.Link("childrenincare.panel.view", "/care-periods/" + latest.id()),
                new RecordPanel.Link("childrenincare.panel.all", "/children/" + childId + "/care"));
        return List.of(new RecordPanel(35, "childrenincare.panel.title", rows, links));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
