package hearth.carehealth.web;

import hearth.carehealth.CareHealth;
import hearth.carehealth.OverdueChild;
import hearth.security.NavigationLink;
import hearth.security.Permission;
import hearth.security.RecordAccess;
import hearth.security.RequiresPermission;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Managers' list of looked after children overdue a health assessment or personal education plan. */
@Controller
class OverdueController {

    private final CareHealth careHealth;
    private final RecordAccess access;

    OverdueController(CareHealth careHealth, RecordAccess access) {
        this.careHealth = careHealth;
        this.access = access;
    }

    @Bean
    static NavigationLink careHealthOverdueLink() {
        return new NavigationLink(9, "nav.careHealthOverdue", "/care-health/overdue", Permission.VIEW_TEAM_WORK);
    }

    /** A row of the list; restricted children are shown without their name. */
    record Row(OverdueChild item, boolean restricted) {
    }

    @GetMapping("/care-health/overdue")
    @RequiresPermission(Permission.VIEW_TEAM_WORK)
    String overdue(Model model) {
        List<OverdueChild> items = careHealth.overdueHealthAssessmentsAndPeps();
        Set<UUID> restricted = access.restrictedAmong(items.stream().map(OverdueChild::childId).toList());
        model.addAttribute("rows", items.stream().map(i -> new Row(i, restricted.contains(i.childId()))).toList());
        return "carehealth/overdue";
    }
}
