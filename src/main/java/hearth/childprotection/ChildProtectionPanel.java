package hearth.childprotection;

import hearth.people.ChildRecordContributor;
import hearth.people.RecordBadge;
import hearth.people.RecordPanel;
import hearth.timescales.ObligationView;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The child's record shows a "Child protection plan" badge while a plan is active, badges for a second or subsequent
 * plan and a plan of two years or more, and a panel with the plan, the next conference and visit, and a link in.
 */
@Component
class ChildProtectionPanel implements ChildRecordContributor {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
    private final ChildProtection childProtection;
    private final MessageSource messages;

    ChildProtectionPanel(ChildProtection childProtection, MessageSource messages) {
        this.childProtection = childProtection;
        this.messages = messages;
    }

    @Override
    public List<RecordBadge> badges(UUID childId) {
        Optional<PlanView> plan = childProtection.activePlan(childId);
        if (plan.isEmpty()) {
            return List.of();
        }
        List<RecordBadge> badges = new ArrayList<>();
        badges.add(new RecordBadge("childprotection.badge.plan", "red"));
        if (plan.get().previousWithinTwoYears()) {
            badges.add(new RecordBadge("childprotection.badge.repeatWithinTwoYears", "orange"));
        } else if (plan.get().secondOrSubsequent()) {
            badges.add(new RecordBadge("childprotection.badge.repeat", "orange"));
        }
        if (plan.get().twoYearsOrMore()) {
            badges.add(new RecordBadge("childprotection.badge.twoYears", "orange"));
        }
        return badges;
    }

    @Override
    public List<RecordPanel> panels(UUID childId) {
        List<PlanView> plans = childProtection.plansFor(childId);
        List<StrategyDiscussionView> discussions = childProtection.strategyDiscussionsFor(childId);
        List<EnquiryView> enquiries = childProtection.enquiriesFor(childId);
        List<ProtectionOrderView> orders = childProtection.protectionOrdersFor(childId);
        if (plans.isEmpty() && discussions.isEmpty() && enquiries.isEmpty() && orders.isEmpty()) {
            return List.of(new RecordPanel(30, "childprotection.panel.title",
                    List.of(new RecordPanel.Row("childprotection.panel.status", text("childprotection.panel.none"))),
                    List.of(new RecordPanel.Link("childprotection.panel.open", "/children/" + childId
                            + "/child-protection"))));
        }
        List<RecordPanel.Row> rows = new ArrayList<>();
        Optional<PlanView> active = plans.stream().filter(PlanView::active).findFirst();
        if (active.isPresent()) {
            PlanView p = active.get();
            rows.add(new RecordPanel.Row("childprotection.panel.plan", text("childprotection.panel.planSince",
                    p.startDate().format(DATE), text("childprotection.category." + p.latestCategory()))));
        } else if (!plans.isEmpty()) {
            PlanView last = plans.get(0);
            rows.add(new RecordPanel.Row("childprotection.panel.lastPlan", text("childprotection.panel.planEnded",
                    last.startDate().format(DATE), last.endDate().format(DATE))));
        }
        rows.add(new RecordPanel.Row("childprotection.panel.previousPlans", String.valueOf(plans.size())));
        for (ObligationView o : childProtection.openClocks(childId)) {
            rows.add(new RecordPanel.Row("timescale." + o.ruleId() + ".name",
                    text("childprotection.panel.due", o.dueDate().format(DATE),
                            text("childprotection.state." + o.state()))));
        }
        List<RecordPanel.Link> links = new ArrayList<>();
        links.add(new RecordPanel.Link("childprotection.panel.open", "/children/" + childId + "/child-protection"));
        active.ifPresent(p -> links.add(new RecordPanel.Link("childprotection.panel.openPlan", "/cp-plans/" + p.id())));
        return List.of(new RecordPanel(30, "childprotection.panel.title", rows, links));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
