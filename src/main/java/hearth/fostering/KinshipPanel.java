package hearth.fostering;

import hearth.people.ChildRecordContributor;
import hearth.people.RecordBadge;
import hearth.people.RecordPanel;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The child's record shows a badge while a connected person's temporary approval runs (red once it has run out) and
 * a panel with the carer, days taken and days left, and any special guardianship assessment.
 */
@Component
class KinshipPanel implements ChildRecordContributor {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private final ConnectedPersons connected;
    private final SpecialGuardianship guardianship;
    private final MessageSource messages;

    KinshipPanel(ConnectedPersons connected, SpecialGuardianship guardianship, MessageSource messages) {
        this.connected = connected;
        this.guardianship = guardianship;
        this.messages = messages;
    }

    @Override
    public List<RecordBadge> badges(UUID childId) {
        LocalDate today = connected.today();
        List<RecordBadge> badges = new ArrayList<>();
        connected.forChild(childId).stream().filter(KinshipApprovalView::open).findFirst().ifPresent(a -> {
            String standing = a.standing(today);
            badges.add(new RecordBadge("fostering.badge." + standing,
                    standing.equals("RUN_OUT") ? "red" : standing.equals("RUNNING_OUT") ? "orange" : "yellow"));
        });
        return badges;
    }

    @Override
    public List<RecordPanel> panels(UUID childId) {
        List<KinshipApprovalView> approvals = connected.forChild(childId);
        List<SpecialGuardianshipView> sgs = guardianship.forChild(childId);
        LocalDate today = connected.today();
        List<RecordPanel.Row> rows = new ArrayList<>();
        if (approvals.isEmpty() && sgs.isEmpty()) {
            rows.add(new RecordPanel.Row("fostering.panel.status", text("fostering.panel.none")));
        }
        for (KinshipApprovalView a : approvals) {
            rows.add(new RecordPanel.Row("fostering.panel.carer", a.carerName() + " (" + a.relationship() + ")"));
            if (a.open()) {
                rows.add(new RecordPanel.Row("fostering.panel.runsOut", text("fostering.panel.runsOutValue",
                        a.expiresOn().format(DATE), a.daysTaken(today), a.daysLeft(today))));
            } else {
                rows.add(new RecordPanel.Row("fostering.panel.outcome", text("fostering.outcome." + a.outcome()) + ", "
                        + a.outcomeOn().format(DATE) + " " + text("fostering.panel.daysTaken", a.daysTaken(today))));
            }
        }
        for (SpecialGuardianshipView sg : sgs) {
            rows.add(new RecordPanel.Row("fostering.panel.sg", sg.applicantName() + ": " + (sg.open()
                    ? text("fostering.panel.sgDue", sg.dueOn().format(DATE))
                    : text("fostering.panel.sgDone", sg.completedOn().format(DATE)))));
        }
        return List.of(new RecordPanel(50, "fostering.panel.title", rows,
                List.of(new RecordPanel.Link("fostering.panel.open", "/children/" + childId + "/kinship"))));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
