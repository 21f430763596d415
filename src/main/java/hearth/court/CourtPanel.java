package hearth.court;

import hearth.people.ChildRecordContributor;
import hearth.people.RecordBadge;
import hearth.people.RecordPanel;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The child's record shows badges while the child is in pre-proceedings or care proceedings (with the week of
 * proceedings), and a panel with the weeks elapsed, what is due next and the orders in force.
 */
@Component
class CourtPanel implements ChildRecordContributor {

    /**
     * Badges take a message key without arguments, so the bundle has one key per week up to this
     * (court.badge.weeks.0 to .78) and court.badge.weeks.more beyond.
     */
    static final int MAX_WEEK_BADGE = 78;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private final Court court;
    private final MessageSource messages;

    CourtPanel(Court court, MessageSource messages) {
        this.court = court;
        this.messages = messages;
    }

    @Override
    public List<RecordBadge> badges(UUID childId) {
        LocalDate today = court.today();
        List<RecordBadge> badges = new ArrayList<>();
        if (court.preProceedingsFor(childId).stream().anyMatch(PreProceedingsView::open)) {
            badges.add(new RecordBadge("court.badge.preProceedings", "yellow"));
        }
        openProceedings(childId).ifPresent(p -> {
            badges.add(new RecordBadge("court.badge.proceedings", "orange"));
            long weeks = p.weeksIn(today);
            badges.add(new RecordBadge(weeks > MAX_WEEK_BADGE ? "court.badge.weeks.more" : "court.badge.weeks." + weeks,
                    p.daysToDeadline(today) < 0 ? "red" : "grey"));
        });
        return badges;
    }

    @Override
    public List<RecordPanel> panels(UUID childId) {
        LocalDate today = court.today();
        List<RecordPanel.Row> rows = new ArrayList<>();
        Optional<PreProceedingsView> plo = court.preProceedingsFor(childId).stream().filter(PreProceedingsView::open)
                .findFirst();
        Optional<ProceedingsView> proceedings = openProceedings(childId);
        plo.ifPresent(pp -> {
            rows.add(new RecordPanel.Row("court.panel.preProceedings",
                    text("court.panel.preProceedingsValue", pp.startedOn().format(DATE), pp.weeksIn(today))));
            rows.add(new RecordPanel.Row("court.panel.reviewDue", pp.reviewDue() == null
                    ? text("court.plo.notSent") : pp.reviewDue().format(DATE)));
        });
        proceedings.ifPresent(p -> {
            rows.add(new RecordPanel.Row("court.panel.proceedings",
                    text("court.panel.proceedingsValue", p.issuedOn().format(DATE), p.court(), p.caseNumber())));
            rows.add(new RecordPanel.Row("court.panel.deadline",
                    text("court.panel.deadlineValue", p.deadline().format(DATE), p.weeksIn(today))));
        });
        List<String> inForce = court.legalStatusOn(childId, today).stream()
                .map(o -> text("court.orderType." + o.type())).toList();
        if (plo.isEmpty() && proceedings.isEmpty() && inForce.isEmpty()
                && court.gatewaysFor(childId).isEmpty() && court.orderHistory(childId).isEmpty()) {
            rows.add(new RecordPanel.Row("court.panel.status", text("court.panel.none")));
        }
        rows.add(new RecordPanel.Row("court.inForce", inForce.isEmpty() ? text("court.inForce.none")
                : String.join(", ", inForce)));
        return List.of(new RecordPanel(40, "court.panel.title", rows,
                List.of(new RecordPanel.Link("court.panel.open", "/children/" + childId + "/legal"))));
    }

    private Optional<ProceedingsView> openProceedings(UUID childId) {
        return court.proceedingsFor(childId).stream().filter(ProceedingsView::open).findFirst();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
