package hearth.workforce;

import hearth.people.ChildRecordContributor;
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

/** The child's record shows who holds the work, since when, and how many workers in a year. */
@Component
class AllocationPanel implements ChildRecordContributor {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private final Workforce workforce;
    private final MessageSource messages;

    AllocationPanel(Workforce workforce, MessageSource messages) {
        this.workforce = workforce;
        this.messages = messages;
    }

    @Override
    public List<RecordPanel> panels(UUID childId) {
        List<RecordPanel.Row> rows = new ArrayList<>();
        workforce.currentAllocation(childId).ifPresentOrElse(a -> {
            rows.add(new RecordPanel.Row("allocation.team", a.teamName()));
            rows.add(new RecordPanel.Row("allocation.worker", a.onDuty() ? text("allocation.onDuty") : a.workerName()));
            rows.add(new RecordPanel.Row("allocation.since", a.from().format(DATE)));
        }, () -> rows.add(new RecordPanel.Row("allocation.worker", text("allocation.none"))));
        rows.add(new RecordPanel.Row("allocation.workersInYear", String.valueOf(workforce.workersInLastYear(childId))));
        List<RecordPanel.Link> links = CurrentUser.get().filter(u -> u.has(Permission.ALLOCATE_CASES)).isPresent()
                ? List.of(new RecordPanel.Link("allocation.change", "/children/" + childId + "/allocation"))
                : List.of();
        return List.of(new RecordPanel(10, "allocation.title", rows, links));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
