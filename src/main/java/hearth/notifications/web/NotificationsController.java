package hearth.notifications.web;

import hearth.notifications.Notifications;
import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class NotificationsController {

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    @RequiresPermission(Permission.USE_HEARTH)
    String list(Model model) {
        model.addAttribute("notifications", notifications.recent(CurrentUser.username(), 100));
        return "notifications/list";
    }

    @PostMapping("/notifications/read")
    @RequiresPermission(Permission.USE_HEARTH)
    String markRead() {
        notifications.markAllRead(CurrentUser.username());
        return "redirect:/notifications";
    }
}
