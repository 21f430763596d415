package hearth.workforce;

import hearth.notifications.Notifications;
import hearth.security.RecordOpenedByBreakingGlass;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the manager of the child's team, and whoever restricted the record, that the glass was broken. */
@Component
class BreakGlassAlerts {

    private final Workforce workforce;
    private final Notifications notifications;

    BreakGlassAlerts(Workforce workforce, Notifications notifications) {
        this.workforce = workforce;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(RecordOpenedByBreakingGlass event) {
        Set<String> managers = new LinkedHashSet<>();
        workforce.currentAllocation(event.childId()).flatMap(a -> workforce.team(a.teamId()))
                .map(TeamView::managerUsername).ifPresent(managers::add);
        if (event.restrictedBy() != null) {
            managers.add(event.restrictedBy());
        }
        managers.remove(event.username());
        String detail = event.displayName() + " (" + event.username() + "): " + event.reason();
        managers.forEach(m -> notifications.notify(m, event.childId(), "notify.breakGlass", detail,
                "/children/" + event.childId()));
    }
}
